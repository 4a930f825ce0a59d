/**
 * "2024财年Q1（7–9月）", "Q1 FY2024 (Jul–Sep)": calendar months in brackets after a fiscal quarter say which
 * months that quarter is, and so which fiscal calendar the writer counts in. When the company's calendar is
 * not known, a reader takes it from the bracket: a first quarter of July to September is a year starting
 * in July, ending in June, and FY2024's first quarter is then July–September 2023 (fiscal years are named
 * by the year they end in, calendar.ts). periods.ts tries that calendar, and keeps it only when the months
 * then restate the quarter (periodGloss.ts `restatingYear`).
 *
 * Written-out months come in several shapes besides a month range: 7–9月 and 10–12月 are read as calendar
 * quarters written as months, 2–4月 as the quarter ending in April (periodPatternsZh.ts); without a year
 * they restate a period as a year-less month range does.
 */
import { daysInMonth } from './calendar';
import type { PeriodSpec } from './periodSpec';

/** A year-less calendar quarter written as its months ("7–9月", "2–4月"): months that may restate a period. */
export function yearLessQuarterOfMonths(spec: PeriodSpec): boolean {
  if (spec.t === 'quarter') return spec.months === true && spec.year === undefined;
  return spec.t === 'monthQuarter' && spec.year === undefined && !spec.fiscal && spec.d === undefined;
}

/** The first and last calendar month a year-less run of months names, when it names a run of them. */
function monthsNamed(spec: PeriodSpec): { from: number; to: number } | undefined {
  if (spec.t === 'monthRange' && spec.year === undefined && spec.fromYear === undefined) return { from: spec.from, to: spec.to };
  if (!yearLessQuarterOfMonths(spec)) return undefined;
  if (spec.t === 'quarter') return { from: spec.from * 3 - 2, to: spec.to * 3 };
  if (spec.t === 'monthQuarter') return { from: ((spec.m + 9) % 12) + 1, to: spec.m };
  return undefined;
}

/** The fiscal quarters a fiscal quarter or half names ("FY2024 Q1": 1..1; 2024财年下半年: 3..4). */
function fiscalQuarters(spec: PeriodSpec): { from: number; to: number } | undefined {
  if (spec.t === 'quarter' && spec.fiscal) return { from: spec.from, to: spec.to };
  if (spec.t === 'half' && spec.fiscal) return { from: spec.h * 2 - 1, to: spec.h * 2 };
  return undefined;
}

/**
 * The fiscal year end ("MM-DD", a month's last day) under which the fiscal quarters `named` names are the
 * months `gloss` names, when that is not the calendar year; undefined when either is no such run or
 * their lengths differ (a one-month gloss restates no quarter).
 */
export function glossedFiscalYearEnd(named: PeriodSpec, gloss: PeriodSpec): string | undefined {
  const quarters = fiscalQuarters(named);
  const months = monthsNamed(gloss);
  if (!quarters || !months) return undefined;
  const length = ((months.to - months.from + 12) % 12) + 1;
  if (length !== (quarters.to - quarters.from + 1) * 3) return undefined;
  const endMonth = ((months.to - 1 + (4 - quarters.to) * 3) % 12) + 1;
  if (endMonth === 12) return undefined;
  return `${String(endMonth).padStart(2, '0')}-${daysInMonth(2001, endMonth)}`;
}
