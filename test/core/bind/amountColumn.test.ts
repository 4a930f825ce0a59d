/**
 * A financing table's amount column (bind/amountColumn.ts): beside a column naming the valuation, a
 * bare "Amount" (金额) header names the money each round raised; without a valuation column, or with a
 * header naming another money measure, it names nothing.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const table = (header: string, row: string) => `# Rounds\n\n${header}\n${header.replace(/[^|]+/g, '---')}\n${row}\n`;

describe('an amount column beside a valuation column is the raise', () => {
  it('English: the valuation written as the amount raised is flagged, the raise itself is not', () => {
    const wrong = flaggedClaim(table('| Company | Date | Amount | Valuation |', '| Perplexity | Jan 2024 | $520 million | $520 million |'), '$520 million', '2024-06-01');
    expect(wrong.claim?.metric?.value).toBe('funding.raised');
    expect(wrong.verdicts).toContain('wrong-metric');
    const right = flaggedClaim(table('| Company | Date | Amount | Valuation |', '| Perplexity | Jan 2024 | $73.6 million | $520 million |'), '$73.6 million', '2024-06-01');
    expect(right.claim?.metric?.value).toBe('funding.raised');
    expect(right.verdicts).toEqual([]);
  });

  it('Chinese: 金额 beside 估值', () => {
    const wrong = flaggedClaim(table('| 公司 | 时间 | 金额 | 估值 |', '| 月之暗面 | 2024年2月 | 约100亿美元 | 约25亿美元 |'), '100亿美元', '2024-06-01');
    expect(wrong.claim?.metric?.value).toBe('funding.raised');
    // The moonshot round's source is of low confidence: told, as information, but told.
    expect(wrong.claim?.verdict).toBe('wrong-scale');
    const right = flaggedClaim(table('| 公司 | 时间 | 金额 | 估值 |', '| 月之暗面 | 2024年2月 | 约10亿美元 | 约25亿美元 |'), '10亿美元', '2024-06-01');
    expect(right.claim?.metric?.value).toBe('funding.raised');
    expect(right.verdicts).toEqual([]);
  });
});

describe('a first column headed by what each row is names the amount', () => {
  it('a deal table: the amount is the deal’s value', () => {
    const { claim } = flaggedClaim(table('| 交易 | 时间 | 金额 |', '| 微软—Inflection | 2024年3月 | 65亿美元 |'), '65亿美元', '2024-06-01');
    expect(claim?.metric?.value).toBe('deal.value');
    expect(flaggedClaim(table('| Deal | Date | Amount |', '| Microsoft–Inflection | March 2024 | $650 million |'), '$650 million', '2024-06-01').claim?.metric?.value).toBe('deal.value');
  });

  it('an investor table: the amount is the investment', () => {
    expect(flaggedClaim(table('| 投资方 | 时间 | 金额 |', '| 谷歌 | 2023年10月 | 20亿美元 |'), '20亿美元', '2024-06-01').claim?.metric?.value).toBe('investment');
  });
});

describe('not a round list', () => {
  it('no valuation column and a first column naming no measure: the amount names nothing', () => {
    const { claim, verdicts } = flaggedClaim(table('| 公司 | 时间 | 金额 |', '| 微软 | 2024年3月 | 65亿美元 |'), '65亿美元', '2024-06-01');
    expect(claim?.metric).toBeUndefined();
    expect(verdicts).toEqual([]);
    expect(flaggedClaim(table('| Company | Year | Amount |', '| Nvidia | 2024 | $10 billion |'), '$10 billion', '2024-06-01').claim?.metric).toBeUndefined();
  });

  it('another money measure in the headers: two measures could govern the amount', () => {
    const { claim, verdicts } = flaggedClaim(table('| Company | Amount | Valuation | Revenue |', '| Perplexity | $520 million | $520 million | $20 million |'), '$520 million', '2024-06-01');
    expect(claim?.metric?.value).not.toBe('funding.raised');
    expect(verdicts).toEqual([]);
  });

  it('a header that says more than the amount word is read as written', () => {
    const { claim } = flaggedClaim(table('| Company | Amount paid to founders | Valuation |', '| Inflection | $650 million | $4 billion |'), '$650 million', '2024-06-01');
    expect(claim?.metric?.value).not.toBe('funding.raised');
  });
});
