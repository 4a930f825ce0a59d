/**
 * English period words as the parts of a PeriodSpec: month and ordinal numbers, written and relative
 * years, seasons, counts and offsets, month ranges, runs of years and quarters, halves. The patterns of
 * periodPatternsEn.ts (and the Chinese ones, for runs of years) build their specs from these.
 */
import type { MonthPart, PeriodSpec, YearRef } from './periodSpec';
import type { Season, SeasonWhich } from './yearParts';
import { MONTH_NUMBERS_EN } from '../text/monthNames';

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

export function month(name: string): number {
  return MONTH_NUMBERS_EN[name.toLowerCase()];
}

export function ordinal(word: string): number {
  return ORDINALS[word.toLowerCase()];
}

export function abs(y: string | undefined): YearRef {
  if (y === undefined) return undefined;
  return { abs: y.length === 2 ? 2000 + Number(y) : Number(y) };
}

export function rel(word: string): YearRef {
  const w = word.toLowerCase();
  return { rel: w === 'last' ? -1 : w === 'next' ? 1 : 0 };
}

export const SEASON_WHICH: Record<string, SeasonWhich | undefined> = { this: 'this', 'this past': 'last', last: 'last', next: 'next', that: undefined, 'the same': undefined };

export function season(word: string, year: YearRef, which?: SeasonWhich): PeriodSpec {
  const w = word.toLowerCase();
  return { t: 'season', year, season: (w === 'fall' ? 'autumn' : w) as Season, ...(which ? { which } : {}) };
}

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };

export const UNIT_MONTHS: Record<string, number> = { month: 1, quarter: 3, year: 12 };

/** "a", "one", "two", "18", "half a": how many of the offset's unit. */
export function offsetCount(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'a' || w === 'an' || w === 'one') return 1;
  if (w === 'half a') return 0.5;
  if (w === 'twelve') return 12;
  if (w === 'eighteen') return 18;
  return count(w);
}

export function count(word: string): number {
  return COUNTS[word.toLowerCase()] ?? Number(word);
}

export function range(year: YearRef, from: string, to: string): PeriodSpec | undefined {
  const [a, b] = [month(from), month(to)];
  return a === b ? undefined : { t: 'monthRange', year, from: a, to: b };
}

/**
 * Whole years from one written year to a later one, both included ("2025–2027", 2025至2027年): a span of
 * at most ten years; an end before its start, or a far one, is no run of years.
 */
export function wholeYears(from: number, to: number): PeriodSpec | undefined {
  if (!(to > from && to - from <= 10)) return undefined;
  return { t: 'monthRange', year: { abs: to }, from: 1, to: 12, fromYear: from };
}

/** Months from one written year to another, end included; a start after its end is no range. */
export function span(fromYear: number, from: string, toYear: number, to: string): PeriodSpec | undefined {
  const [a, b] = [month(from), month(to)];
  if (fromYear > toYear || (fromYear === toYear && a >= b)) return undefined;
  return { t: 'monthRange', year: { abs: toYear }, from: a, to: b, fromYear };
}

export function partOf(word: string): MonthPart {
  const w = word.toLowerCase();
  return w === 'early' || w === 'beginning' || w === 'start' ? 'early' : w === 'mid' || w === 'middle' ? 'mid' : 'late';
}

/** A run of calendar quarters ("Q1–Q3"); a single quarter is read by its own patterns. */
export function quarters(year: YearRef, from: number, to: number): PeriodSpec | undefined {
  return from < to ? q(year, from, false, to) : undefined;
}

export function q(year: YearRef, quarter: number, fiscal: boolean, to = quarter): PeriodSpec {
  return { t: 'quarter', year, from: quarter, to, fiscal };
}

/** The year before the one written ("24" or "2024"). */
export function yearBefore(y: string, fiscal: boolean): PeriodSpec {
  return { t: 'year', year: { abs: (y.length === 2 ? 2000 + Number(y) : Number(y)) - 1 }, fiscal };
}

/** The quarter before quarter `n` of the year written: Q1's is the year before's Q4. */
export function quarterBefore(y: string, n: number, fiscal: boolean): PeriodSpec {
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  return n === 1 ? q({ abs: year - 1 }, 4, fiscal) : q({ abs: year }, n - 1, fiscal);
}

export function h(year: YearRef, n: number, fiscal: boolean): PeriodSpec {
  return { t: 'half', year, h: n, fiscal };
}

export function half(word: string): number {
  return word.toLowerCase() === 'first' ? 1 : 2;
}
