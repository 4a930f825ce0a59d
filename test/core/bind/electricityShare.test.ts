/**
 * A share of the world's electricity ("about 1.5% of global electricity", 占全球用电的1.5%) is its own
 * measure (electricity.share in data/metrics.yaml), not the electricity used: the IEA's estimates for
 * data centres are ~1.5% in 2024 and just under 3% in its 2030 base case.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01');

describe('share of world electricity', () => {
  it('English and Chinese wordings bind it', () => {
    expect(claimOf('The IEA estimates that data centres used about 1.5% of global electricity in 2024.', '1.5%')?.metric?.value).toBe('electricity.share');
    expect(claimOf("Data centres took roughly 1.5% of the world's electricity last year, the IEA says.", '1.5%')?.metric?.value).toBe('electricity.share');
    expect(claimOf('国际能源署估计,2024年全球数据中心用电约占全球用电的1.5%。', '1.5%')?.metric?.value).toBe('electricity.share');
    expect(claimOf('国际能源署估计,2024年数据中心耗电量约占全球电力消耗的1.5%。', '1.5%')?.metric?.value).toBe('electricity.share');
  });

  it("the 2030 projection's share stated for 2024 is the wrong period", () => {
    expect(claimOf('The IEA estimates that data centres used about 415 TWh in 2024, about 3% of global electricity.', '3%')?.verdict).toBe('wrong-period');
  });

  it('the right share is supported', () => {
    expect(claimOf('The IEA estimates that data centres used about 415 TWh in 2024, about 1.5% of global electricity.', '1.5%')?.verdict).toBe('supported');
  });

  it('not an amount of electricity, and not a share of something else', () => {
    expect(claimOf('The IEA estimates that data centres used about 415 TWh of electricity in 2024.', '415 TWh')?.metric?.value).not.toBe('electricity.share');
    expect(claimOf('Cooling is about 40% of a data centre’s electricity use.', '40%')?.metric?.value).not.toBe('electricity.share');
  });
});
