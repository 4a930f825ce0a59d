/**
 * Words of what is to come let a year-less month be the next one rather than the last. "By" is one of
 * them only as a deadline, before a time ("by October", "by the end of the year"): the agent's "by"
 * ("led by Accel", "up by 20%") says nothing of when, so a past month in such a sentence is read as in
 * any other (the last October before the document's date, the year inferred).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2026-01-15';

function periodOf(text: string, figure: string): [string | undefined, boolean] {
  const p = analyzedClaim(text, figure, DATE)?.period;
  return [p?.value.label, p?.inferred === true];
}

describe('the agent\'s "by" is no word of what is to come', () => {
  it('a past month beside "led by" is the last one, as without it', () => {
    expect(periodOf('Anysphere raised $2.3 billion in October, led by Accel and Coatue.', '$2.3 billion')).toEqual(['Oct 2025', true]);
    expect(periodOf('Anysphere raised $2.3 billion in October.', '$2.3 billion')).toEqual(['Oct 2025', true]);
    expect(periodOf('Revenue rose by 20% in October to $1.2 billion at Anysphere.', '$1.2 billion')).toEqual(['Oct 2025', true]);
  });

  it('a deadline\'s "by" still looks ahead', () => {
    expect(periodOf('Anysphere hopes to raise $2.3 billion by October.', '$2.3 billion')[0]).not.toBe('Oct 2025');
    expect(periodOf('Anysphere will raise $2.3 billion in October.', '$2.3 billion')[0]).not.toBe('Oct 2025');
  });
});
