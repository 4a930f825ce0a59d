/**
 * A slip of scale keeps the written digits (writtenDigits.ts): "$13.8 billion" is no tenth of a hedged
 * "~$135 billion" (13.8 × 10 = 138), though 138 lies inside the 5% a hedged source allows; "$1.35
 * trillion" is ten times it. Bundled facts: after the recapitalisation of 28 October 2025 Microsoft's
 * stake in OpenAI was worth about $135 billion (filed under Microsoft's investment).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from '../../bind/flaggedClaim';

const DATE = '2025-11-20';
const sentence = (figure: string) =>
  `The deal signed on 28 October left Microsoft holding roughly a quarter of the lab. Microsoft had put in ${figure} over the years, so the holding is worth far more than it cost.`;

describe('a factor of ten needs the written digits', () => {
  it('a figure whose digits are not the source figure’s is no slip of scale', () => {
    expect(flaggedClaim(sentence('$13.8 billion'), '$13.8 billion', DATE).verdicts).toEqual([]);
    expect(flaggedClaim(sentence('$1.38 trillion'), '$1.38 trillion', DATE).verdicts).toEqual([]);
  });

  it('near miss: the source figure’s own digits, moved one place, are still a slip', () => {
    expect(flaggedClaim(sentence('$1.35 trillion'), '$1.35 trillion', DATE).verdicts).toEqual(['wrong-scale']);
  });
});
