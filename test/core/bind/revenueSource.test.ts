/**
 * Revenue named with its source ("$1.2 billion of revenue from that customer", 来自微软的收入, "H20为英伟达
 * 带来…的收入") is the source's part of a company's revenue, never its total (bind/revenueSource.ts).
 * Bundled facts: CoreWeave's 2024 revenue ($1.92B); Nvidia's H20 revenue in 2024, $12-15B (estimate).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2025-06-01';

describe('revenue from a customer is not the company revenue', () => {
  itIsSilent(
    [
      ['Microsoft was 62% of CoreWeave sales in 2024, which works out to about $1.2 billion of revenue from that one customer.', '$1.2 billion'],
      ['CoreWeave booked roughly $1.2 billion in revenue from Microsoft in 2024.', '$1.2 billion'],
      ['2024年，CoreWeave来自微软的收入约为12亿美元。', '12亿美元'],
      ['2024年，微软贡献的收入约为12亿美元，是CoreWeave最大的客户。', '12亿美元'],
    ],
    DATE,
  );

  it('the measure is left unbound', () => {
    expect(flaggedClaim('CoreWeave booked roughly $1.2 billion in revenue from Microsoft in 2024.', '$1.2 billion', DATE).claim?.metric).toBeUndefined();
  });

  it('near miss: the company revenue keeps its measure and its warning', () => {
    expect(flaggedClaim('CoreWeave booked roughly $1.2 billion in revenue in 2024.', '$1.2 billion', DATE).verdicts).toEqual(['contradicted']);
    expect(flaggedClaim('2024年，CoreWeave的收入约为12亿美元。', '12亿美元', DATE).verdicts).toEqual(['contradicted']);
  });

  it('near miss: "revenue from a year earlier" names no source', () => {
    expect(flaggedClaim('CoreWeave revenue in 2024 was $1.2 billion, up from $229 million of revenue from the prior year.', '$1.2 billion', DATE).verdicts).toEqual(['contradicted']);
  });
});

describe('the revenue a product brings a company is the product revenue', () => {
  it.each([
    ['分析师估计H20在2024年为英伟达带来120亿至150亿美元的收入。', '120亿至150亿美元'],
    ['Analysts reckon the H20 brought Nvidia $12 billion to $15 billion in revenue in 2024.', '$12 billion to $15 billion'],
    // The range's low end, read as a figure of its own, has the high end's source.
    ['Nvidia took in an estimated $12 billion to $15 billion of revenue from the H20 in 2024.', '$12 billion'],
  ])('%s', (text, figure) => {
    const { claim, verdicts } = flaggedClaim(text, figure, DATE);
    expect(claim?.entity?.value).toBe('h20');
    expect(verdicts).toEqual([]);
  });

  it('"earned … from" the product is no part of the company net income', () => {
    for (const figure of ['$12 billion', '$15 billion']) {
      const { claim, verdicts } = flaggedClaim('Nvidia earned an estimated $12 billion to $15 billion from the H20 in 2024.', figure, DATE);
      expect(claim?.entity?.value).toBe('h20');
      expect(verdicts).toEqual([]);
    }
  });

  it('a wrong figure is read as the product revenue, not as a quarter of the company total', () => {
    const { claim } = flaggedClaim('分析师估计H20在2024年为英伟达带来30亿美元的收入。', '30亿美元', DATE);
    expect(claim?.entity?.value).toBe('h20');
    expect(claim?.metric?.value).toBe('revenue');
    expect(claim?.period?.value.start).toBe('2024-01-01');
  });

  it('near miss: the company own revenue in the same frame stays the company', () => {
    expect(flaggedClaim('英伟达在2024年带来了1300亿美元的收入。', '1300亿美元', DATE).claim?.entity?.value).toBe('nvidia');
  });
});
