/**
 * An inequality about a level over a span ("more than 650 million users in the third quarter") holds if
 * the level crossed the bound at some moment of it: a reading from inside the span, before its end, does
 * not contradict it. A reading at the end of the span does. Bundled facts: Gemini's monthly users as
 * of 31 July 2025 (450 million).
 */
import { describe, expect, it } from 'vitest';
import { decidesBound } from '../../../../server/src/core/checks/facts/periodMatch';
import { flaggedTexts } from '../../../helpers/flagged';

const q3 = { start: '2025-07-01', end: '2025-09-30', label: 'Q3 2025' };
const on = (d: string) => ({ start: d, end: d, label: d });

describe('decidesBound', () => {
  it('a lower bound is decided at the end of the period, not by an earlier reading', () => {
    expect(decidesBound('over', q3, on('2025-07-31'))).toBe(false);
    expect(decidesBound('atLeast', q3, on('2025-09-30'))).toBe(true);
  });

  it('an upper bound is decided at its start', () => {
    expect(decidesBound('under', q3, on('2025-07-02'))).toBe(true);
    expect(decidesBound('under', q3, on('2025-09-30'))).toBe(false);
  });

  it('a claim of one day, or a fact over a span, is decided as before', () => {
    expect(decidesBound('over', on('2025-07-31'), on('2025-07-31'))).toBe(true);
    expect(decidesBound('over', q3, { start: '2025-07-01', end: '2025-09-30', label: '' })).toBe(true);
  });
});

describe('a bound on a level over a quarter', () => {
  const flagged = (text: string) => flaggedTexts(text, '2025-11-15');

  it('is not contradicted by a reading a month into the quarter (English)', () => {
    expect(flagged('In the third quarter of 2025 Gemini had more than 650 million monthly active users.')).toEqual([]);
  });

  it('nor in Chinese', () => {
    expect(flagged('2025年第三季度,Gemini月活超过6.5亿。')).toEqual([]);
  });

  it('but is by a reading at the end of the month claimed (the Q2 level, as of June 30)', () => {
    expect(flagged('2025年6月,Gemini月活超过6.5亿。')).toEqual(['6.5亿']);
    expect(flagged('In June 2025 Gemini had more than 650 million monthly active users.')).toEqual(['650 million monthly active users']);
  });
});
