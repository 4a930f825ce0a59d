/**
 * A slip told by a precise figure's digits (a swapped currency, a moved decimal point) is wrong whatever
 * the period: when the figure's period was only borrowed from another statement of its sentence, it is
 * judged as if undated, against the figures known by the document's date. A period written in the
 * figure's own clause still decides. Bundled facts: SK hynix's 2024 results (operating profit 23.47
 * trillion won), Nvidia's fiscal 2025 revenue ($130.5B), Alibaba's AI and cloud capex over the four
 * quarters to September 2025 (about 120 billion yuan) and to June 2025 (over 100 billion yuan).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

describe('a moved decimal point under a period borrowed from another statement', () => {
  it('is a scale slip though the year read is the one of the clause before (Chinese)', () => {
    expect(flagged('SK海力士2024年营收66.19万亿韩元,由此推算2023年约为32.8万亿韩元;营业利润2.347万亿韩元。', '2025-03-01')).toEqual(['2.347万亿韩元 fact.wrong-scale']);
  });

  it('and in English', () => {
    expect(flagged("SK hynix's revenue was 66.19 trillion won in 2024, against about 32.8 trillion won in 2023; operating profit was 2.347 trillion won.", '2025-03-01')).toEqual(['2.347 trillion won fact.wrong-scale']);
  });

  it('leaves the right figure alone', () => {
    expect(flagged('SK海力士2024年营收66.19万亿韩元,由此推算2023年约为32.8万亿韩元;营业利润23.47万亿韩元。', '2025-03-01')).toEqual([]);
  });

  it('leaves a year written in the figure’s own clause to decide', () => {
    expect(flagged('SK海力士2023年营业利润2.347万亿韩元。', '2025-03-01')).toEqual([]);
  });

  it('leaves a figure of two digits alone: a factor of ten between two such figures is common', () => {
    expect(flagged('SK海力士2024年营收66.19万亿韩元,由此推算2023年约为32.8万亿韩元;营业利润2.3万亿韩元。', '2025-03-01')).toEqual([]);
  });
});

describe('a swapped currency under a period borrowed from another statement', () => {
  it('is a currency slip though the fiscal year read is the one of the figure before (Chinese)', () => {
    expect(flagged('英伟达2024财年营收609亿美元；全年营收1305亿元中，数据中心贡献近九成。', '2025-03-10')).toEqual(['1305亿元 fact.wrong-currency']);
  });

  it('and in English, the date written after the earlier figure', () => {
    expect(flagged("Nvidia's revenue was $60.9 billion in fiscal 2024; of full-year revenue of 130.5 billion yuan, data centers brought in almost 90%.", '2025-03-10')).toEqual(['130.5 billion yuan fact.wrong-currency']);
  });

  it('leaves a figure in its own currency to the period checks', () => {
    expect(flagged('英伟达2024财年营收609亿美元；全年营收1305亿美元中，数据中心贡献近九成。', '2025-03-10')).not.toContain('1305亿美元 fact.wrong-currency');
  });
});

describe('a month that closes a span names that span for a currency slip', () => {
  it('flags the span’s figure written in another currency, dated by its last month (Chinese table)', () => {
    const table = '| 指标 | 数值 | 时间 |\n|---|---|---|\n| 阿里巴巴AI与云资本开支（过去四个季度） | 1200亿美元 | 截至2025年9月 |';
    expect(flagged(table, '2025-11-26')).toEqual(['1200亿美元 fact.wrong-currency']);
  });

  it('and in English', () => {
    const table = '| Measure | Value | As of |\n|---|---|---|\n| Alibaba AI and cloud capex (last four quarters) | $120.0 billion | September 2025 |';
    expect(flagged(table, '2025-11-26')).toEqual(['$120.0 billion fact.wrong-currency']);
  });

  it('leaves the figure in its own currency alone', () => {
    const table = '| 指标 | 数值 | 时间 |\n|---|---|---|\n| 阿里巴巴AI与云资本开支（过去四个季度） | 1200亿元 | 截至2025年9月 |';
    expect(flagged(table, '2025-11-26')).toEqual([]);
  });

  it('does not take the figure of a span that closes in another month', () => {
    const table = '| 指标 | 数值 | 时间 |\n|---|---|---|\n| 阿里巴巴AI与云资本开支（过去四个季度） | 1200亿美元 | 截至2025年6月 |';
    expect(flagged(table, '2025-11-26')).toEqual([]);
  });
});
