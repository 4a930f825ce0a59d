/**
 * "first-half", "second-half", "back-half": a hyphen joins the word before "half" as a space does, so the
 * half of a period is no fraction (recognize/read-en.ts), while a fraction after a hyphen stays one.
 * The period itself is read by the binder ("first-half 2024" is H1 2024; the share beside it is dated by it).
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../server/src/core/recognize/index';
import { flaggedClaim } from '../bind/flaggedClaim';

const texts = (s: string) => recognize(s).map((q) => q.text);

describe('"first-half" is no fraction', () => {
  it('reads no "half" in first-half, second-half, back-half', () => {
    expect(texts('Cerebras reported first-half 2024 revenue of $136 million.')).toEqual(['$136 million']);
    expect(texts('Second-half bookings rose; the back-half ramp is steep.')).toEqual([]);
  });

  it('near miss: "two-and-a-half" and "one-half" are still numbers', () => {
    expect(texts('It took two-and-a-half years.').length).toBeGreaterThan(0);
    expect(texts('one-half of the revenue').length).toBeGreaterThan(0);
  });

  it('a share of first-half revenue is dated by that half, not by the filing that showed it', () => {
    // Bundled fact: G42 was 87% of Cerebras' first-half 2024 revenue.
    const ok = "Cerebras' IPO filing last autumn showed G42 at 87% of first-half 2024 revenue.";
    expect(flaggedClaim(ok, '87%', '2025-10-02').verdicts).toEqual([]);
    const wrong = "Cerebras' IPO filing last autumn showed G42 at 87% of first-half 2023 revenue.";
    expect(flaggedClaim(wrong, '87%', '2025-10-02').verdicts).toEqual(['wrong-period']);
  });
});
