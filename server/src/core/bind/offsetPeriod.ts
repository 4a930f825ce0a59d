/**
 * "Founded in April 2023, the startup raised €105M a month later", "2023年4月成立，两个月后完成融资",
 * "a year later it raised again", 次年, 同年: an offset from the date just named. The figure's period is
 * that date moved on, never the date itself.
 *
 * An offset from a month or a day is as loose as writers use it ("a month later" of "April" is any day
 * from May into June), so the moved month is widened by a quarter of the offset, at least a month, on
 * each side (never back to the anchor's own month): wide enough never to make a wrong period of the writer's rounding, and a dated event inside
 * it is one event of the span, never a contradiction. A quarter or a year moved by whole ones of itself
 * stays exact ("In 2023 … two years later" is 2025). Anything else (a month after a year, "months
 * later", 不久后, "two months after its founding") is not computed: the figure is left undated.
 */
import type { Period } from '../model';
import { addMonths, calendarYearPeriod, compare, daysInMonth, iso, monthLabel, monthPeriod, parseIso, type YMD, DAY_MS } from './calendar';

/**
 * How an offset reads: whole months on, the anchor's calendar year or month (同年, the year after), the
 * anchor itself (同期, "then-prevailing", "at the time": 'same-period'), or vague.
 */
export interface Offset {
  months?: number;
  calendar?: 'next-year' | 'same-year' | 'same-month' | 'same-period';
}

/** The anchor moved by the offset, or undefined when the offset cannot be computed from it. */
export function offsetPeriod(offset: Offset, anchor: Period | undefined): Period | undefined {
  const start = parseIso(anchor?.start);
  const end = parseIso(anchor?.end);
  if (!anchor || !start || !end || compare(start, end) > 0) return undefined;
  if (offset.calendar === 'same-period') return anchor;
  const months = monthsSpanned(start, end);
  if (offset.calendar === 'same-month') return months === 1 ? monthPeriod(end.y, end.m) : undefined;
  if (offset.calendar) {
    if (start.y !== end.y) return undefined;
    return calendarYearPeriod(offset.calendar === 'next-year' ? end.y + 1 : end.y);
  }
  const n = offset.months;
  if (n === undefined || n <= 0) return undefined;
  if (months === 1) {
    const widen = Math.max(1, Math.round(n / 4));
    const from = addMonths({ ...start, d: 1 }, Math.max(1, n - widen));
    const to = lastDay(addMonths({ ...end, d: 1 }, n + widen));
    return { start: iso(from), end: iso(to), label: `${monthLabel(from.m)} ${from.y}–${monthLabel(to.m)} ${to.y}` };
  }
  // A quarter, half or year moves by whole ones of itself, and only then.
  if (months === undefined || n % months !== 0) return undefined;
  if (months === 12 && start.m === 1 && start.d === 1 && end.m === 12 && end.d === 31) return calendarYearPeriod(end.y + n / 12);
  const from = addMonths(start, n);
  const to = addMonths(end, n);
  return { start: iso(from), end: iso(to), label: `${anchor.label}, ${n} months on` };
}

/**
 * Whole months the anchor spans: 1 for a day or any part of one month, 3, 6 or 12 for a quarter, half
 * or year (fiscal ones end on odd days, so within a week), undefined for anything else.
 */
function monthsSpanned(start: YMD, end: YMD): number | undefined {
  if (start.y === end.y && start.m === end.m) return 1;
  const days = (Date.UTC(end.y, end.m - 1, end.d) - Date.UTC(start.y, start.m - 1, start.d)) / DAY_MS + 1;
  return [3, 6, 12].find((m) => Math.abs(days - m * 30.44) <= 7);
}

function lastDay(date: YMD): YMD {
  return { ...date, d: daysInMonth(date.y, date.m) };
}
