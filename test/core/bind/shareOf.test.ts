/**
 * A share names its measure after "of", past the words that narrow it ("98% of data-center GPU
 * shipments", "half of its semiconductor revenue"), or in Chinese between 占 and the head
 * (占DRAM行业收入的比例); a ranking ("ahead of OpenAI at 35%") or a level compared with it carries that
 * measure to the next figure, a change ("up 220%", 同比增长217%) does not; a bare 占 takes the measure
 * from its sentence (HBM市场中,三星占30%); an appositive count ("about 376,000 units") restates the
 * figure before it.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-03-01');
const metricOf = (text: string, figure: string) => claimOf(text, figure)?.metric?.value;

describe('a share names its measure after "of"', () => {
  it('reads the head noun past narrowing words', () => {
    expect(metricOf('Nvidia took 98% of data-center GPU shipments in 2023.', '98%')).toBe('market-share');
    expect(metricOf('A survey puts Anthropic at 32% of enterprise LLM API usage.', '32%')).toBe('market-share');
    expect(metricOf('AI is now half of its semiconductor revenue.', 'half')).toBe('share-of-revenue');
  });

  it('carries the market of a fraction to the percentages ranked with it, though the fraction itself does not bind', () => {
    const text = 'In 2024 Samsung held half of the memory chip market, ahead of SK hynix at 30% and Micron at 20%.';
    expect(metricOf(text, '30%')).toBe('market-share');
    expect(metricOf(text, '20%')).toBe('market-share');
    expect(metricOf(text, 'half')).not.toBe('market-share');
  });

  it('but not to a change in another clause', () => {
    expect(metricOf('In 2024 Samsung held half of the memory chip market; its revenue grew 20%.', '20%')).not.toBe('market-share');
  });

  it('lets a year narrow the measure', () => {
    expect(metricOf('Microsoft was 62% of 2024 revenue at CoreWeave.', '62%')).toBe('share-of-revenue');
  });

  it('does not read "of" after an amount as a share', () => {
    expect(metricOf('AMD had $12.6 billion of data center revenue in 2024.', '$12.6 billion')).toBe('revenue.datacenter');
  });

  it('does not skip past punctuation or more than a few words', () => {
    expect(metricOf('Nvidia took 98% of it, and shipments grew.', '98%')).toBeUndefined();
    expect(metricOf('It was 40% of the one big new shiny data-center shipments.', '40%')).toBeUndefined();
  });

  it('carries the share to a level it is compared with, not to a change', () => {
    const text = 'TrendForce expects HBM to be 20.1% of DRAM revenue this year, up from 8.4% in 2023.';
    expect(metricOf(text, '8.4%')).toBe('share-of-revenue');
    expect(metricOf('AI was 20% of its cloud revenue in 2024, up 50% in a year.', '50%')).toBeUndefined();
  });

  it('leaves the share phrase to its own figure', () => {
    const text = "Broadcom's AI revenue for fiscal 2024 was $12.2 billion, up 220% from $3.8 billion, and now half of its semiconductor revenue.";
    expect(metricOf(text, 'half')).toBe('share-of-revenue');
    expect(metricOf(text, '220%')).not.toBe('share-of-revenue');
  });
});

describe('Chinese: 占 … head', () => {
  it('reads 占DRAM行业收入的比例 as a share of revenue for the figures that follow', () => {
    const text = 'HBM占DRAM行业收入的比例从2023年的8.4%升至2024年的20.1%。';
    expect(metricOf(text, '8.4%')).toBe('share-of-revenue');
    expect(metricOf(text, '20.1%')).toBe('share-of-revenue');
    expect(claimOf(text, '20.1%')?.verdict).toBe('supported');
  });

  it('does not carry the share to a growth rate in the next clause', () => {
    const text = '第三,英伟达数据中心业务已经占到全年营收的九成,同比增长约217%。';
    expect(metricOf(text, '九成')).toBe('share-of-revenue');
    expect(metricOf(text, '217%')).toBeUndefined();
  });

  it('does not skip punctuation between 占 and the head, nor take a one-character head', () => {
    expect(metricOf('AI芯片占,收入的比例为20%。', '20%')).toBeUndefined();
    expect(metricOf('英伟达占据市场优势比对手高出20%。', '20%')).not.toBe('share-of-revenue');
  });
});

describe('a bare 占 before a share takes the measure of its sentence', () => {
  it('market share', () => {
    const text = '2023年HBM市场中,SK海力士占50%,三星占30%,美光占10%。';
    expect(metricOf(text, '50%')).toBe('market-share');
    expect(claimOf(text, '30%')?.verdict).toBe('contradicted');
    expect(claimOf(text, '10%')?.verdict).toBe('supported');
  });

  it('not without a share measure in the sentence', () => {
    expect(metricOf('其中ASML投资13亿欧元,占76%,估值约117亿美元。', '76%')).toBeUndefined();
  });
});

describe('a ranking carries the measure to the next figure', () => {
  it('"ahead of X at N%"', () => {
    expect(metricOf('A survey puts Anthropic at 32% of enterprise LLM API usage, ahead of OpenAI at 35%.', '35%')).toBe('market-share');
  });

  it('not without the ranking word', () => {
    expect(metricOf('A survey puts Anthropic at 32% of enterprise LLM API usage, and OpenAI at 35%.', '35%')).toBeUndefined();
  });
});

describe('an appositive count restates the figure before it', () => {
  it('"about N units" is a count of the measure before it, and is checked', () => {
    const c = claimOf('According to IDC, Nvidia took 98% of data-center GPU shipments in 2023, about 376,000 units.', '376,000');
    expect(c?.metric?.value).toBe('gpus.shipped');
    expect(c?.verdict).toBe('wrong-scale');
  });

  it('a correct count is supported', () => {
    expect(claimOf('Nvidia took 98% of data-center GPU shipments in 2023, about 3.76 million units.', '3.76 million')?.verdict).toBe('supported');
  });

  it('an amount after a share is not the share\'s measure', () => {
    expect(metricOf('Microsoft was 62% of 2024 revenue at CoreWeave, roughly $1.19 billion.', '$1.19 billion')).toBeUndefined();
  });

  it('a count with words of its own is not an appositive', () => {
    expect(metricOf('Nvidia took 98% of data-center GPU shipments in 2023, about 40,000 employees.', '40,000')).toBeUndefined();
  });
});
