/**
 * Periods as spans of days, for relations between amounts the binder dated: two figures of one series are
 * of periods as long as each other (a quarter's revenue is no baseline for a year's), and one comes first.
 */
import type { Period } from '../../model';

const DAY = 86_400_000;
/** Fiscal quarters and years end on odd days: periods this close in length count as the same span. */
const LENGTH_SLACK = 0.2;

export interface DaySpan {
  start: number;
  end: number;
  /** In days, both ends included. */
  length: number;
}

export function daySpan(p: Period): DaySpan | undefined {
  const start = Date.parse(p.start);
  const end = Date.parse(p.end);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return undefined;
  return { start, end, length: (end - start) / DAY + 1 };
}

export function sameLength(a: Period, b: Period): boolean {
  const x = daySpan(a);
  const y = daySpan(b);
  return !!x && !!y && Math.abs(x.length - y.length) <= LENGTH_SLACK * Math.max(x.length, y.length);
}

/** Days from the end of one span to the start of the next, or between their starts. */
export function daysBetween(from: number, to: number): number {
  return (to - from) / DAY;
}
