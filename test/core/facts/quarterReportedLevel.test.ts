/**
 * A level reported with a quarter's results ("Q2 2025 (reported July 2025)") is that quarter's, as of
 * its end, not the report month's (data/facts: Gemini app monthly users, dated by the converter from a
 * quarter code).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from '../bind/flaggedClaim';

describe('a level reported with a quarter is that quarter’s', () => {
  it('Q2 2025 monthly users named as the second quarter', () => {
    expect(flaggedClaim('Gemini应用的月活在2025年二季度达到4.5亿。', '4.5亿', '2026-02-10').verdicts).toEqual([]);
    expect(flaggedClaim('The Gemini app had 450 million monthly users in Q2 2025.', '450 million', '2026-02-10').verdicts).toEqual([]);
  });
});
