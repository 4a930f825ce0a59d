/**
 * Periods as spans of days, for relations between amounts the binder dated: two figures of one series are
 * of periods as long as each other (a quarter's revenue is no baseline for a year's).
 */
import type { Period } from '../../model';
import { daysBetween } from '../facts/periodMatch';

/** Fiscal quarters and years end on odd days: periods this close in length count as the same span. */
const LENGTH_SLACK = 0.2;

/** In days, both ends included (NaN for a period that is not dated by ISO days). */
function lengthInDays(p: Period): number {
  return daysBetween(p.start, p.end) + 1;
}

export function sameLength(a: Period, b: Period): boolean {
  const x = lengthInDays(a);
  const y = lengthInDays(b);
  return Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) <= LENGTH_SLACK * Math.max(x, y);
}
