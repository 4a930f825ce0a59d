/**
 * A figure that is, as written, another measure's figure of the same subject and period is no slip of a
 * power of ten against the bound measure: "$3 billion" called Harvey's February raise is its February
 * valuation, not the $300 million raise written ten times too large. Bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../../bind/helpers';

const verdictOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-08-01')?.verdict;

describe('a tenfold "slip" onto another measure of the same period', () => {
  it('is that measure\'s figure, not a wrong scale', () => {
    expect(verdictOf('In February Harvey closed a raise of $3 billion, our notes say.', '$3 billion')).toBe('wrong-metric');
  });

  it('a tenfold slip that lands on no other measure is still one', () => {
    expect(verdictOf('In February Harvey closed a raise of $30 million, our notes say.', '$30 million')).toBe('wrong-scale');
  });
});
