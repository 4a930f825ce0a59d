/**
 * "Now" dates no flow (a share of a year's revenue, a year's sales): when the figure's clause also writes
 * a period ("HBM now 8.4% of DRAM revenue in 2024"), that period is the figure's, as if "now" were not
 * there (bind/periodBinding.ts chooseNamedPeriod). TrendForce put HBM at 8.4% of DRAM revenue in 2023
 * and 20.1% in 2024 (bundled facts).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const JAN = '2025-01-20';
const Y2024 = { start: '2024-01-01', end: '2024-12-31' };

describe('a written period beside "now" dates a flow', () => {
  it('"With HBM now 8.4% of DRAM revenue in 2024" (en)', () => {
    const { claim, verdicts } = flaggedClaim('With HBM now 8.4% of DRAM revenue in 2024, suppliers matter more.', '8.4%', JAN);
    expect(claim?.period?.value).toMatchObject(Y2024);
    expect(verdicts).toEqual(['wrong-period']);
  });

  it('"HBM now makes up 20.1% of DRAM revenue in 2024" is supported (en)', () => {
    const { claim, verdicts } = flaggedClaim('HBM now makes up 20.1% of DRAM revenue in 2024.', '20.1%', JAN);
    expect(claim?.period?.value).toMatchObject(Y2024);
    expect(verdicts).toEqual([]);
  });

  it('near miss: "now" alone still states the figure as current (stale)', () => {
    const { claim, verdicts } = flaggedClaim('HBM is now 8.4% of DRAM revenue.', '8.4%', JAN);
    expect(claim?.period).toBeUndefined();
    expect(verdicts).toEqual(['stale']);
  });
});
