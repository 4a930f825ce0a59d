/**
 * Calendar arithmetic for period resolution: ISO dates, months, quarters, halves, and fiscal years.
 *
 * Fiscal years are named by the calendar year they end in (Microsoft's FY2024 ends 2024-06-30) and
 * end on `fiscalYearEnd` ("MM-DD"). A month-day that is the last day of its month ("06-30", "01-31")
 * means "the last day of that month" every year, so quarters end on month ends too; any other day is
 * kept as a fixed day and quarters end on that day of every third month ("01-28" -> 04-28, 07-28...).
 * An absent fiscalYearEnd means the calendar year.
 */
import type { Period } from '../model';
import { MONTH_ABBREVIATIONS_EN } from '../text/monthNames';

export interface YMD {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

/** "Jan", "Sep": how a label names a month. */
const MONTH_LABELS = MONTH_ABBREVIATIONS_EN;

/** A day in milliseconds: ISO dates parse to UTC midnights, so the distance of two is a whole number of these. */
export const DAY_MS = 86_400_000;

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days of each month in a common year (one table, not a new array per call: periods ask for every date they compare). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1];
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function iso(date: YMD): string {
  return `${String(date.y).padStart(4, '0')}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}

/**
 * "2024-06-30" (anything may follow) as a date. Read by character codes, as the pattern
 * `^(\d{4})-(\d{2})-(\d{2})` would: every comparison of two periods parses their dates, many times per
 * figure, and a regex match with its array cost several times as much.
 */
export function parseIso(s: string | undefined): YMD | undefined {
  if (!s || s.length < 10 || s.charCodeAt(4) !== HYPHEN || s.charCodeAt(7) !== HYPHEN) return undefined;
  const y = digitsAt(s, 0, 4);
  const m = digitsAt(s, 5, 7);
  const d = digitsAt(s, 8, 10);
  if (y < 0 || m < 0 || d < 0) return undefined;
  return isValidDate(y, m, d) ? { y, m, d } : undefined;
}

const HYPHEN = 0x2d;

/** The ASCII digits s[from, to) as a number, or -1 if any is not one. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function compare(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function addDays(date: YMD, n: number): YMD {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Shifts by whole months, clamping the day to the target month's length. */
export function addMonths(date: YMD, n: number): YMD {
  const index = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** Whole months from the first day of p's first month to the end of its last, both included; undefined when p does not start on a 1st. */
export function wholeMonthsOf(p: Period): number | undefined {
  const a = parseIso(p.start);
  const b = parseIso(p.end);
  if (!a || !b || a.d !== 1) return undefined;
  return (b.y - a.y) * 12 + (b.m - a.m) + 1;
}

/** Months from the end of period a to the end of period b. */
export function monthsBetweenEnds(a: Period, b: Period): number | undefined {
  const x = parseIso(a.end);
  const y = parseIso(b.end);
  return x && y ? (y.y - x.y) * 12 + (y.m - x.m) : undefined;
}

export function monthLabel(m: number): string {
  return MONTH_LABELS[m - 1];
}

function period(start: YMD, end: YMD, label: string): Period {
  return { start: iso(start), end: iso(end), label };
}

export function dayPeriod(date: YMD): Period {
  return period(date, date, iso(date));
}

export function monthPeriod(y: number, m: number): Period {
  return period({ y, m, d: 1 }, { y, m, d: daysInMonth(y, m) }, `${monthLabel(m)} ${y}`);
}

export function calendarYearPeriod(y: number): Period {
  return period({ y, m: 1, d: 1 }, { y, m: 12, d: 31 }, String(y));
}

/** Quarters `from`..`to` of calendar year y (one quarter when from === to). */
export function calendarQuartersPeriod(y: number, from: number, to = from): Period {
  const endMonth = to * 3;
  const label = from === to ? `Q${from} ${y}` : `Q${from}–Q${to} ${y}`;
  return period({ y, m: from * 3 - 2, d: 1 }, { y, m: endMonth, d: daysInMonth(y, endMonth) }, label);
}

export function calendarHalfPeriod(y: number, h: number): Period {
  const endMonth = h * 6;
  return period({ y, m: endMonth - 5, d: 1 }, { y, m: endMonth, d: daysInMonth(y, endMonth) }, `H${h} ${y}`);
}

// ---------------------------------------------------------------------------------------------
// Fiscal years

interface FiscalEnd {
  m: number;
  d: number;
  monthEnd: boolean;
}

function parseFiscalEnd(fiscalYearEnd: string | undefined): FiscalEnd | undefined {
  const match = fiscalYearEnd ? /^(\d{2})-(\d{2})$/.exec(fiscalYearEnd) : null;
  if (!match) return undefined;
  const m = +match[1];
  const d = +match[2];
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  // Judged against a non-leap year so that "02-28" means "end of February".
  return { m, d, monthEnd: d >= daysInMonth(2001, m) };
}

/** True when the fiscal year is not simply the calendar year. */
export function isNonCalendarFiscal(fiscalYearEnd: string | undefined): boolean {
  const fe = parseFiscalEnd(fiscalYearEnd);
  return fe !== undefined && !(fe.m === 12 && fe.monthEnd);
}

/** The last day of fiscal quarter q (1-4) of fiscal year fy. */
function fiscalQuarterEnd(fy: number, q: number, fiscalYearEnd: string | undefined): YMD {
  const fe = parseFiscalEnd(fiscalYearEnd) ?? { m: 12, d: 31, monthEnd: true };
  const yearEnd: YMD = { y: fy, m: fe.m, d: Math.min(fe.d, daysInMonth(fy, fe.m)) };
  const shifted = addMonths({ ...yearEnd, d: 1 }, (q - 4) * 3);
  const d = fe.monthEnd ? daysInMonth(shifted.y, shifted.m) : Math.min(fe.d, daysInMonth(shifted.y, shifted.m));
  return { y: shifted.y, m: shifted.m, d };
}

function fiscalQuarterStart(fy: number, q: number, fiscalYearEnd: string | undefined): YMD {
  const previousEnd = q === 1 ? fiscalQuarterEnd(fy - 1, 4, fiscalYearEnd) : fiscalQuarterEnd(fy, q - 1, fiscalYearEnd);
  return addDays(previousEnd, 1);
}

export function fiscalYearPeriod(fy: number, fiscalYearEnd: string | undefined): Period {
  return period(fiscalQuarterStart(fy, 1, fiscalYearEnd), fiscalQuarterEnd(fy, 4, fiscalYearEnd), `FY${fy}`);
}

/** Fiscal quarters `from`..`to` of fiscal year fy. */
export function fiscalQuartersPeriod(fy: number, from: number, to: number, fiscalYearEnd: string | undefined): Period {
  const label = from === to ? `Q${from} FY${fy}` : `Q${from}–Q${to} FY${fy}`;
  return period(fiscalQuarterStart(fy, from, fiscalYearEnd), fiscalQuarterEnd(fy, to, fiscalYearEnd), label);
}

export function fiscalHalfPeriod(fy: number, h: number, fiscalYearEnd: string | undefined): Period {
  const p = fiscalQuartersPeriod(fy, h * 2 - 1, h * 2, fiscalYearEnd);
  return { ...p, label: `H${h} FY${fy}` };
}

export function fiscalYearEndDate(fy: number, fiscalYearEnd: string | undefined): YMD {
  return fiscalQuarterEnd(fy, 4, fiscalYearEnd);
}

/** The fiscal year and quarter a date falls in. */
export function fiscalQuarterOf(date: YMD, fiscalYearEnd: string | undefined): { fy: number; q: number } {
  for (const fy of [date.y, date.y + 1]) {
    for (let q = 1; q <= 4; q++) {
      if (compare(date, fiscalQuarterEnd(fy, q, fiscalYearEnd)) <= 0 && compare(date, fiscalQuarterStart(fy, q, fiscalYearEnd)) >= 0) {
        return { fy, q };
      }
    }
  }
  // Unreachable for valid fiscal ends (every date lies in FY y or y+1); fall back to the calendar.
  return { fy: date.y, q: Math.ceil(date.m / 3) };
}

/** Moves a (fiscal year, quarter) pair by n quarters. */
export function shiftQuarter(fy: number, q: number, n: number): { fy: number; q: number } {
  const index = fy * 4 + (q - 1) + n;
  return { fy: Math.floor(index / 4), q: (index % 4) + 1 };
}

export function fiscalQuarterStartDate(fy: number, q: number, fiscalYearEnd: string | undefined): YMD {
  return fiscalQuarterStart(fy, q, fiscalYearEnd);
}
