/**
 * A table label cell naming two joined periods ("Mar + May 2025", "Q1 and Q2 2025", "2025年3月、5月") does
 * not date its row's figures with the one period the patterns complete; a one-period cell still does.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { joinsTwoPeriods } from '../../../server/src/core/bind/twoPeriodCell';

const row = (cell: string, value: string) => ['| Partner | Signed | Value |', '|---|---|---|', `| CoreWeave | ${cell} | ${value} |`].join('\n');
const periodOf = (text: string, figure: string) => {
  const p = analyzedClaim(text, figure, '2025-11-01')?.period;
  return p?.how === 'explicit' ? p.value.label : undefined;
};

describe('a cell of two joined periods', () => {
  it('gives the row no explicit period', () => {
    expect(periodOf(row('Mar + May 2025', '$11.9B, then ~$4B more'), '$11.9B')).toBeUndefined();
    expect(periodOf(row('March and May 2025', '$7B'), '$7B')).toBeUndefined();
    expect(periodOf(row('Q1 & Q2 2025', '$7B'), '$7B')).toBeUndefined();
  });

  it('a one-period cell still dates the row; two quarters do not', () => {
    const rev = (cell: string) => ['| Company | Quarter | Revenue |', '|---|---|---|', `| CoreWeave | ${cell} | $2.2B |`].join('\n');
    expect(periodOf(rev('Q2 2025'), '$2.2B')).toBe('Q2 2025');
    expect(periodOf(rev('Q1 + Q2 2025'), '$2.2B')).toBeUndefined();
  });

  it('reads the joined shapes in both languages', () => {
    const t = '2025年3月、5月';
    expect(joinsTwoPeriods(t, { start: 0, end: t.length }, { start: t.indexOf('5月'), end: t.length })).toBe(true);
    const u = 'May 2025 and Aug';
    expect(joinsTwoPeriods(u, { start: 0, end: u.length }, { start: 0, end: 8 })).toBe(true);
    const r = 'Mar–May 2025';
    expect(joinsTwoPeriods(r, { start: 0, end: r.length }, { start: 4, end: r.length })).toBe(false);
  });
});
