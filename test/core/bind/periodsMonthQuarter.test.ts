/**
 * Quarters named by their last month ("the July quarter", "6月季度") and year-less quarters of
 * companies with a non-calendar fiscal year (the latest such fiscal quarter closed by the document's date).
 */
import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../../server/src/core/bind/index';

function periods(text: string, documentDate: string, fiscalYearEnd?: string): [string, string, string][] {
  return findPeriods(text, { start: 0, end: text.length }, { documentDate, fiscalYearEnd }).map((f) => [text.slice(f.start, f.end), f.period.start, f.period.end]);
}

describe('quarters named by their last month', () => {
  it('English, with and without a year', () => {
    expect(periods('In the July quarter revenue rose.', '2024-03-01')).toEqual([['the July quarter', '2023-05-01', '2023-07-31']]);
    expect(periods('the December quarter of 2023', '2025-01-01')).toEqual([['the December quarter of 2023', '2023-10-01', '2023-12-31']]);
    // Earlier in the span a year anchors it.
    expect(periods('In 2024, the March quarter was slow.', '2025-06-01')).toEqual([
      ['2024', '2024-01-01', '2024-12-31'],
      ['the March quarter', '2024-01-01', '2024-03-31'],
    ]);
  });

  it('English, the year written between the month and "quarter": the quarter, not the month', () => {
    expect(periods('By the December 2024 quarter the run-rate had passed $13 billion.', '2026-02-12')).toEqual([['the December 2024 quarter', '2024-10-01', '2024-12-31']]);
    expect(periods('Revenue in the June 2025 quarter rose.', '2025-12-01')).toEqual([['the June 2025 quarter', '2025-04-01', '2025-06-30']]);
    expect(periods("Apple's September 2023 quarter", '2025-12-01')).toEqual([['September 2023 quarter', '2023-07-01', '2023-09-30']]);
    // Near misses: a month and year before another word stay a month ("December 2024 quarterly report" is no quarter's name).
    expect(periods('In December 2024 revenue rose.', '2025-12-01')).toEqual([['December 2024', '2024-12-01', '2024-12-31']]);
    expect(periods('in the April–June 2024 quarter', '2025-12-01')).toEqual([['April–June 2024', '2024-04-01', '2024-06-30']]);
    expect(periods('the December 2024 quarterly report', '2025-12-01')).toEqual([['December 2024', '2024-12-01', '2024-12-31']]);
  });

  it('English, the month and year hyphenated as one modifier: still the quarter', () => {
    expect(periods('Everyone remembers the July-2023 quarter.', '2025-03-10')).toEqual([['the July-2023 quarter', '2023-05-01', '2023-07-31']]);
    expect(periods('Sales in the October-2024 quarter rose.', '2025-03-10')).toEqual([['the October-2024 quarter', '2024-08-01', '2024-10-31']]);
    // Near miss: a hyphenated month and year before another noun is no quarter.
    expect(periods('the July-2023 quarterly report', '2025-03-10').some(([, start, end]) => start === '2023-05-01' && end === '2023-07-31')).toBe(false);
  });

  it('Chinese', () => {
    expect(periods('阿里云6月季度收入增长。', '2025-12-01')).toEqual([['6月季度', '2025-04-01', '2025-06-30']]);
    expect(periods('2024年9月季度', '2025-12-01')).toEqual([['2024年9月季度', '2024-07-01', '2024-09-30']]);
  });

  it('a three-month range that is not a calendar quarter is those three months, not its last month', () => {
    expect(periods('最新一个季度(2024年5-7月)营收', '2024-09-01')).toEqual([['2024年5-7月', '2024-05-01', '2024-07-31']]);
    expect(periods('2023年7-9月', '2024-09-01')).toEqual([['2023年7-9月', '2023-07-01', '2023-09-30']]);
  });

  it('a quarter still running is not the one meant', () => {
    expect(periods('the June quarter', '2025-06-10')).toEqual([['the June quarter', '2024-04-01', '2024-06-30']]);
  });
});

describe('year-less quarters of a company with a non-calendar fiscal year', () => {
  it('are its fiscal quarters, the latest closed by the document date (English and Chinese)', () => {
    const [en] = periods('fourth-quarter revenue', '2024-04-10', '01-31');
    expect(en.slice(1)).toEqual(['2023-11-01', '2024-01-31']);
    const [zh] = periods('第四季度营收', '2024-04-10', '01-31');
    expect(zh.slice(1)).toEqual(['2023-11-01', '2024-01-31']);
  });

  it('stay calendar quarters for a calendar-year company (the latest one begun by the document date)', () => {
    expect(periods('fourth-quarter revenue', '2024-04-10')).toEqual([['fourth-quarter', '2023-10-01', '2023-12-31']]);
  });
});
