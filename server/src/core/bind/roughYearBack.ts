/**
 * "in talks to raise at a $5 billion valuation [in March]; that would triple the $2.2 billion of a year
 * earlier", "一年前估值约22亿美元": a distance of "a year" back from a month or a day is a rough one. A
 * round or a level (a valuation, a user count) said to be a year earlier is the one of about a year
 * before, not of the very month: the writer rounds nine or fifteen months to "a year". The reading stays
 * the month the words compute (a level still standing then is judged as before), with the span a quarter
 * of the distance (three months for a year) either side as its window: a figure of another period inside
 * the window is that figure, not a wrong period (checks/facts/roughDistance.ts). As with "a month later"
 * (offsetPeriod.ts), the looseness is the words'.
 *
 * A flow keeps its exact span ("revenue of $X in March, against $Y a year earlier" is March's), as does
 * a quarter, half or year moved back a year ("Q3 … a year earlier" is last year's Q3).
 */
import type { Binding, Period } from '../model';
import { addMonths, daysInMonth, iso, parseIso } from './calendar';
import type { PeriodMention } from './periods';

/** How many months back the words go: "a year earlier", 一年前, "two years ago"; undefined for other words. */
function monthsBack(m: PeriodMention): number | undefined {
  if (m.spec.t === 'sameSpanYearBefore' && m.spec.inYear === undefined) return 12;
  if (m.spec.t === 'yearsAgo') return 12 * m.spec.n;
  return undefined;
}

/** The binding of a year-back distance from a month or day, with its window for a level or a one-off event. */
export function roughYearBack(b: Binding<Period>, m: PeriodMention, level: boolean): Binding<Period> {
  const months = monthsBack(m);
  const start = parseIso(b.value.start);
  const end = parseIso(b.value.end);
  if (months === undefined || !level || !start || !end || start.y !== end.y || start.m !== end.m) return b;
  const widen = Math.max(1, Math.round(months / 4));
  const from = addMonths({ ...start, d: 1 }, -widen);
  const to = addMonths({ ...end, d: 1 }, widen);
  return { ...b, window: { start: iso(from), end: iso({ ...to, d: daysInMonth(to.y, to.m) }), label: `about ${b.value.label}` } };
}
