/**
 * Periods shorter or longer than one month that drafts name in words: a range of months with one year
 * after it ("April–June 2024", "2024年4月至6月"), the first months of a year ("the first nine months of
 * 2025", "前三季度", "year to date through September") and a third of a month ("end of February",
 * "2月底", "上旬"). Each reads as its own span of days, never as the whole year or another month.
 */
import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../../server/src/core/bind/index';

function periods(text: string, documentDate = '2025-03-10'): [string, string, string][] {
  return findPeriods(text, { start: 0, end: text.length }, { documentDate }).map((f) => [text.slice(f.start, f.end), f.period.start, f.period.end]);
}

describe('a range of months with one year after it', () => {
  it('English: the year is the year of both ends', () => {
    expect(periods('Revenue was $12.3 billion in April–June 2024.')).toEqual([['April–June 2024', '2024-04-01', '2024-06-30']]);
    expect(periods('in April to June 2024')).toEqual([['April to June 2024', '2024-04-01', '2024-06-30']]);
    expect(periods('Apr–Jun 2024')).toEqual([['Apr–Jun 2024', '2024-04-01', '2024-06-30']]);
    expect(periods('between April and June 2024')).toEqual([['between April and June 2024', '2024-04-01', '2024-06-30']]);
  });

  it('Chinese: 2024年4月至6月, 1-9月, and a year-less 4–6月 (the latest such range that has ended)', () => {
    expect(periods('2024年4月至6月营收为123亿美元。')).toEqual([['2024年4月至6月', '2024-04-01', '2024-06-30']]);
    expect(periods('2024年1-9月')).toEqual([['2024年1-9月', '2024-01-01', '2024-09-30']]);
    expect(periods('4–6月营收', '2025-08-01')).toEqual([['4–6月', '2025-04-01', '2025-06-30']]);
    expect(periods('4–6月营收', '2025-05-01')).toEqual([['4–6月', '2024-04-01', '2024-06-30']]);
  });

  it('English with no year: "between June and November" is the span, like "from June to November" and 6月至11月', () => {
    expect(periods('Cursor raised $3.2 billion between June and November.', '2025-12-01')).toEqual([['between June and November', '2025-06-01', '2025-11-30']]);
    expect(periods('Cursor raised $3.2 billion from June to November.', '2025-12-01')).toEqual([['from June to November', '2025-06-01', '2025-11-30']]);
    expect(periods('Cursor在6月至11月间融资32亿美元。', '2025-12-01')).toEqual([['6月至11月', '2025-06-01', '2025-11-30']]);
  });

  it('near misses: two months joined by "and" are two months, a table cell range keeps its figure', () => {
    expect(periods('in April and June 2024')).toEqual([
      ['April', '2024-04-01', '2024-04-30'],
      ['June 2024', '2024-06-01', '2024-06-30'],
    ]);
    expect(periods('| 2025年4-6月 | 334亿元 |')).toEqual([['2025年4-6月', '2025-04-01', '2025-06-30']]);
  });
});

describe('the first months of a year are not the year', () => {
  it('English: first nine months, nine months ended, year to date through a month', () => {
    expect(periods('in the first nine months of 2025', '2025-11-01')).toEqual([['the first nine months of 2025', '2025-01-01', '2025-09-30']]);
    expect(periods('for the nine months ended September 30, 2024')).toEqual([['the nine months ended September 30, 2024', '2024-01-01', '2024-09-30']]);
    expect(periods('year to date through September 2025', '2025-11-01')).toEqual([['year to date through September 2025', '2025-01-01', '2025-09-30']]);
    expect(periods('so far this year')).toEqual([['so far this year', '2025-01-01', '2025-03-10']]);
  });

  it('Chinese: 前九个月, 前三季度, 今年前三季度, 年初至今', () => {
    expect(periods('2025年前九个月营收', '2025-11-01')).toEqual([['2025年前九个月', '2025-01-01', '2025-09-30']]);
    expect(periods('前三季度营收', '2025-11-01')).toEqual([['前三季度', '2025-01-01', '2025-09-30']]);
    expect(periods('今年前三季度', '2025-11-01')).toEqual([['今年前三季度', '2025-01-01', '2025-09-30']]);
    expect(periods('年初至今', '2025-11-01')).toEqual([['年初至今', '2025-01-01', '2025-11-01']]);
  });

  it('runs of quarters: "the first three quarters of 2025", "Q1–Q3 2025", 一至三季度', () => {
    expect(periods('in the first three quarters of 2025', '2025-11-01')).toEqual([['the first three quarters of 2025', '2025-01-01', '2025-09-30']]);
    expect(periods('Q1–Q3 2025', '2025-11-01')).toEqual([['Q1–Q3 2025', '2025-01-01', '2025-09-30']]);
    expect(periods('2025年一至三季度', '2025-11-01')).toEqual([['2025年一至三季度', '2025-01-01', '2025-09-30']]);
  });

  it('near misses: the full year stays the full year, "前两个季度" (the two quarters before) is no period, a backward run is two quarters', () => {
    expect(periods('2025年营收', '2025-11-01')).toEqual([['2025年', '2025-01-01', '2025-12-31']]);
    expect(periods('前两个季度营收', '2025-11-01')).toEqual([]);
    expect(periods('Q3-Q1 2025', '2025-11-01')).toEqual([
      ['Q3', '2025-07-01', '2025-09-30'],
      ['Q1 2025', '2025-01-01', '2025-03-31'],
    ]);
  });
});

describe('a third of a month', () => {
  it('English: end, late, early, mid', () => {
    expect(periods('at the end of February')).toEqual([['the end of February', '2025-02-21', '2025-02-28']]);
    expect(periods('late February 2024')).toEqual([['late February 2024', '2024-02-21', '2024-02-29']]);
    expect(periods('in early March')).toEqual([['early March', '2025-03-01', '2025-03-10']]);
    expect(periods('by mid-December 2024')).toEqual([['mid-December 2024', '2024-12-11', '2024-12-20']]);
  });

  it('Chinese: 月底, 月初, 上旬, 中旬, 下旬', () => {
    expect(periods('截至2月底')).toEqual([['2月底', '2025-02-21', '2025-02-28']]);
    expect(periods('2024年12月中旬')).toEqual([['2024年12月中旬', '2024-12-11', '2024-12-20']]);
    expect(periods('3月上旬')).toEqual([['3月上旬', '2025-03-01', '2025-03-10']]);
    expect(periods('2024年6月下旬')).toEqual([['2024年6月下旬', '2024-06-21', '2024-06-30']]);
  });

  it('near miss: a quarter named by the month it ends in ("the June quarter", 截至6月底的季度) is not late June', () => {
    expect(periods('the June quarter of 2024')).toEqual([['the June quarter of 2024', '2024-04-01', '2024-06-30']]);
    expect(periods('截至6月底的季度')).toEqual([['截至6月底的季度', '2024-04-01', '2024-06-30']]);
  });
});

describe('a half of a year written as one hyphenated adjective', () => {
  it('English: "first-half 2024", "second-half 2025" are the halves, not a fraction and a year', () => {
    expect(periods('G42 was 87% of first-half 2024 revenue.')).toEqual([['first-half 2024', '2024-01-01', '2024-06-30']]);
    expect(periods('second-half 2025 bookings')).toEqual([['second-half 2025', '2025-07-01', '2025-12-31']]);
  });
});
