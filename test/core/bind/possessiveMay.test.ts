/**
 * "May" after a possessive noun ("the lab's May round") is the month: a modal verb never follows one
 * (periodPatternsEn.ts MAY_CONTEXT). A figure its own noun phrase dates so is that month's.
 */
import { describe, expect, it } from 'vitest';
import { periodSpanOf, periodsIn } from './helpers';

const DATE = '2024-10-02';

describe('"X\'s May <noun>" is the month of May', () => {
  it('dates the figure of its noun phrase', () => {
    expect(periodSpanOf("The lab's May round of $300 million was led by a sovereign fund.", '$300 million', DATE)).toBe('2024-05-01..2024-05-31');
    expect(periodsIn('Acme’s May price cut took effect.', DATE).map((p) => p[0])).toEqual(['May']);
  });

  it('near miss: "may" as a verb after a name is no month', () => {
    expect(periodsIn('Acme May raise more this year.', DATE).map((p) => p[0])).toEqual(['this year']);
    expect(periodsIn('The lab may raise $300 million.', DATE)).toEqual([]);
  });
});
