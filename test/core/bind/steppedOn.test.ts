/**
 * A clause that steps on in time (then, later, subsequently, 随后, 此后) takes no date from an earlier
 * clause or sentence (bind/steppedOn.ts). Bundled facts: Meta's 49% of Scale AI for $14.3B (announced
 * June 2025); Scale AI's Series F of May 2024 at about $14B.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';
import { stepsOnInTime } from '../../../server/src/core/bind/steppedOn';

const DATE = '2025-09-01';

describe('a clause that steps on in time is not dated by the clause before it', () => {
  it('English: "…in May 2024; Meta then bought 49%", "…in May 2024. Meta subsequently bought 49%"', () => {
    for (const text of [
      'Scale AI closed a Series F at roughly $14 billion in May 2024; Meta then bought 49% of it.',
      'Scale AI closed a Series F at roughly $14 billion in May 2024. Meta subsequently bought 49% of it.',
    ]) {
      const { claim, verdicts } = flaggedClaim(text, '49%', DATE);
      expect(claim, text).toBeDefined();
      expect(claim?.period, text).toBeUndefined();
      expect(verdicts, text).toEqual([]);
    }
  });
  it('Chinese: 随后 in the figure’s clause', () => {
    const text = 'Scale AI于2024年5月完成F轮融资；随后Meta买下其49%的股份。';
    expect(flaggedClaim(text, '49%', DATE).claim?.period).toBeUndefined();
  });
  it('near misses: "back then", "the then", and a "then" answering an "if" are no step', () => {
    const clause = (text: string) => ({ start: text.indexOf(';') + 1, end: text.length });
    const whole = (text: string) => ({ start: 0, end: text.length });
    const at = (text: string, figure: string) => ({ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });
    for (const text of ['Scale AI raised in May 2024; back then Meta held 0%.', 'Scale AI raised in May 2024; the then owners kept 100%.', 'If Scale AI raised in May 2024; then its owners kept 100%.']) {
      const figure = text.includes('0%.') && text.includes('held') ? '0%' : '100%';
      expect(stepsOnInTime(text, clause(text), whole(text), at(text, figure)), text).toBe(false);
    }
    const step = 'Scale AI raised in May 2024; Meta then took 49%.';
    expect(stepsOnInTime(step, clause(step), whole(step), at(step, '49%'))).toBe(true);
  });
});
