/**
 * An increase the base records only as two levels: "added roughly $70 billion of revenue in fiscal 2025"
 * when the base has fiscal 2025's and fiscal 2024's revenue but no increase for fiscal 2025. The increase
 * is the difference of the period's level and the level of the period of the same length just before it;
 * a figure that meets that difference is the increase, whatever other measure of the period it also
 * meets (an increase of $69.6B written "roughly $70 billion" is no net income of $72.9B). Used by the
 * wrong-metric step (verdicts/wrongMetric.ts) only to withhold that verdict: it never supports a figure.
 */
import type { FactBase } from '../../facts/index';
import type { Claim, Fact, Period } from '../../model';
import { factsAbout } from './factLookup';
import { unitFits } from './factMatch';
import { daysBetween } from './periodMatch';

/** How many days may separate one period's end from the next one's start (fiscal calendars shift). */
const ADJACENT_DAYS = 10;

/** The claim's figure meets the difference of its period's level and the level of the period before. */
export function increaseOfLevels(claim: Claim, metric: string, period: Period, entity: string, kb: FactBase): boolean {
  const { kind, currency, low, high } = claim.quantity;
  const level = kb.metrics.get(metric)?.growthOf;
  if (!level || kind !== 'money' || low === null || high === null) return false;
  const levels = factsAbout(kb, entity, level).filter((f) => f.value !== undefined && unitFits(kind, currency, f));
  const length = (p: Period) => daysBetween(p.start, p.end);
  const sameLength = (a: Period, b: Period) => Math.abs(length(a) - length(b)) <= ADJACENT_DAYS;
  const current = levels.filter((f) => Math.abs(daysBetween(f.period.start, period.start)) <= ADJACENT_DAYS && Math.abs(daysBetween(f.period.end, period.end)) <= ADJACENT_DAYS);
  const before = (cur: Fact) => levels.filter((f) => sameLength(f.period, cur.period) && Math.abs(daysBetween(f.period.end, cur.period.start)) <= ADJACENT_DAYS);
  const gapMet = (cur: Fact, prev: Fact) => (cur.value ?? 0) - (prev.value ?? 0) >= low && (cur.value ?? 0) - (prev.value ?? 0) <= high;
  return current.some((cur) => before(cur).some((prev) => gapMet(cur, prev)));
}
