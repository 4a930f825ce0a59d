/**
 * A market the sentence measures in revenue makes a share of it a share of that revenue
 * (checks/facts/revenueMarket.ts): no wrong metric between market share and share of revenue then.
 * Bundled fact: HBM was 20.1% of DRAM revenue in 2024 (TrendForce), recorded as a share of revenue.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from '../../bind/flaggedClaim';

const DATE = '2025-09-10';

describe('a share of a market measured in revenue is a share of revenue', () => {
  it.each([
    'HBM was about a fifth of the market in 2024 (20.1%), and the market here is DRAM revenue.',
    "HBM's market share by revenue was 20.1% of DRAM in 2024.",
    '按营收计，2024年HBM在DRAM市场的份额为20.1%。',
  ])('%s', (text) => {
    const { claim, verdicts } = flaggedClaim(text, '20.1%', DATE);
    expect(claim?.metric?.value).toBe('market-share');
    expect(verdicts).toEqual([]);
  });

  it.each([
    'Analysts expect HBM to account for 30% of DRAM industry revenue next year, up from its 20.1% share in 2024.',
    'HBM will make up 30% of DRAM sales next year, against a 20.1% share in 2024.',
    '预计明年HBM将占DRAM行业营收的30%，高于2024年20.1%的份额。',
  ])('a sentence that gives the share as a percentage of revenue: %s', (text) => {
    expect(flaggedClaim(text, '20.1%', DATE).verdicts).toEqual([]);
  });

  it('near miss: a share of shipments in the sentence does not define the market share', () => {
    expect(flaggedClaim('HBM held a 20.1% market share in 2024, while it makes up 5% of DRAM bit shipments.', '20.1%', DATE).verdicts).toEqual(['wrong-metric']);
  });

  it('near miss: a market share the sentence does not measure in revenue is still another measure', () => {
    expect(flaggedClaim('HBM held a 20.1% market share in 2024.', '20.1%', DATE).verdicts).toEqual(['wrong-metric']);
    expect(flaggedClaim('2024年HBM在DRAM市场的份额为20.1%。', '20.1%', DATE).verdicts).toEqual(['wrong-metric']);
  });
});
