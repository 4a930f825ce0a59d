/**
 * "去年同期", "the same period last year", "a year earlier" name the span of the period written before
 * them, one year back (a half-year report's 去年同期 is last year's first half, not last year). With
 * no period before them they name none.
 */
import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../../server/src/core/bind/index';

function periods(text: string): [string, string, string][] {
  return findPeriods(text, { start: 0, end: text.length }, { documentDate: '2024-09-01' }).map((f) => [text.slice(f.start, f.end), f.period.start, f.period.end]);
}

describe('the same span a year earlier', () => {
  it('Chinese: 上半年 … 去年同期 is the first half of the previous year', () => {
    expect(periods('2024年上半年公司营收为12亿元,上年同期为8亿元。')).toEqual([
      ['2024年上半年', '2024-01-01', '2024-06-30'],
      ['上年同期', '2023-01-01', '2023-06-30'],
    ]);
  });

  it('English: a quarter, then "the same period last year" and "a year earlier"', () => {
    expect(periods('Revenue in Q2 2024 was $5 billion, against $4 billion in the same period last year.').slice(1)).toEqual([
      ['the same period last year', '2023-04-01', '2023-06-30'],
    ]);
    expect(periods('In March 2024 it served 40 million users, up from 25 million a year earlier.').slice(1)).toEqual([
      ['a year earlier', '2023-03-01', '2023-03-31'],
    ]);
  });

  it('after a whole year it is the year before, as "去年" would be', () => {
    expect(periods('2024年营收为50亿元,去年同期为30亿元。').slice(1)).toEqual([['去年同期', '2023-01-01', '2023-12-31']]);
  });

  it('with no period written before it, it names none (not the whole previous year)', () => {
    expect(periods('净亏损较去年同期收窄。')).toEqual([]);
    expect(periods('Losses narrowed from the same period last year.')).toEqual([]);
  });

  it('"去年" alone is still the previous year', () => {
    expect(periods('上半年营收增长,去年营收为30亿元。').slice(1)).toEqual([['去年', '2023-01-01', '2023-12-31']]);
  });
});

describe('"前年同期": the same span in the year before last', () => {
  function periodsOn(text: string, documentDate: string): [string, string, string][] {
    return findPeriods(text, { start: 0, end: text.length }, { documentDate }).map((f) => [text.slice(f.start, f.end), f.period.start, f.period.end]);
  }

  it('after last year\'s first half it is the first half of the year before', () => {
    expect(periodsOn('去年上半年净利润为10亿元，而前年同期亏损5亿元。', '2026-01-10').slice(1)).toEqual([['前年同期', '2024-01-01', '2024-06-30']]);
  });

  it("after this year's third quarter it is that quarter two years back", () => {
    expect(periodsOn('今年第三季度营收为8亿元，前年同期为3亿元。', '2025-11-01').slice(1)).toEqual([['前年同期', '2023-07-01', '2023-09-30']]);
  });

  it('with no period written before it, it names none', () => {
    expect(periodsOn('亏损较前年同期收窄。', '2026-01-10')).toEqual([]);
  });

  it('"前年" alone is still the whole year before last', () => {
    expect(periodsOn('上半年营收增长，前年营收为30亿元。', '2026-01-10').slice(1)).toEqual([['前年', '2024-01-01', '2024-12-31']]);
  });
});
