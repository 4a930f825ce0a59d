/**
 * A period written right after a joiner that follows a figure ("$1 trillion market cap and fiscal 2024
 * first-quarter revenue", "1万亿美元市值和2024财年第一季度营收") opens the next conjunct and dates its
 * measure, not the figure before it nor a figure of another clause (bind/conjunctPeriod.ts). Bundled
 * facts: Nvidia's market cap reached $1T on 2023-05-30 and $5T on 2025-10-29; its FY2025 revenue was
 * $130.5B.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-11-10';
const FY25 = { start: '2024-02-01', end: '2025-01-31' };

describe('a period opening the next conjunct is its measure\'s', () => {
  it.each([
    ['以1万亿美元市值和2024财年第一季度营收乘以4来算，英伟达那时的市销率在35倍上下；以5万亿美元市值和2025财年1304.97亿美元的营收来算，则是38倍左右。', ['1万亿美元', '5万亿美元']],
    ["Take a $1 trillion market cap and fiscal 2024 first-quarter revenue times four, and Nvidia traded near 35 times sales; take a $5 trillion market cap and fiscal 2025 revenue of $130.5 billion, and it is near 38 times.", ['$1 trillion', '$5 trillion']],
  ])('%s', (text, caps) => {
    for (const cap of caps) {
      const { claim, verdicts } = flaggedClaim(text, cap, DATE);
      expect(claim?.metric?.value).toBe('market-cap');
      expect(claim?.period).toBeUndefined();
      expect(verdicts).toEqual([]);
    }
  });

  it('the conjunct\'s own figure keeps the period', () => {
    const text = '以5万亿美元市值和2025财年1304.97亿美元的营收来算，英伟达的市销率是38倍左右。';
    expect(flaggedClaim(text, '1304.97亿美元', DATE).claim?.period?.value).toMatchObject(FY25);
    const en = "On a $5 trillion market cap and fiscal 2025 revenue of $130.5 billion, Nvidia's price-to-sales ratio was about 38 times.";
    expect(flaggedClaim(en, '$130.5 billion', DATE).claim?.period?.value).toMatchObject(FY25);
  });

  it('near miss: two periods coordinated are not a conjunct of another measure', () => {
    const text = "Nvidia's revenue was $130.5 billion in fiscal 2025 and fiscal 2024 combined.";
    expect(flaggedClaim(text, '$130.5 billion', DATE).claim?.period).toBeDefined();
  });
});
