/**
 * A level that changes in steps (a valuation until the next priced round, a user count until the next
 * report: `currentForDays` in data/metrics.yaml) still stands after the date it is filed under. The
 * same figure stated for a later period, within that span and before any other figure on record, is
 * the level as it stood then, not another period's figure: "Harvey was valued at $5 billion in August"
 * after the June round at $5 billion and before October's. Part of step 2 (wrongPeriod.ts).
 */
import type { Fact } from '../../../model';
import type { JudgeScope } from './scope';
import { daysBetween } from '../periodMatch';
import { matches } from '../factMatch';

export function stillStanding(s: JudgeScope, f: Fact): boolean {
  const { period, currentForDays, comparable, claim } = s;
  if (!period || currentForDays === undefined || f.period.end >= period.start) return false;
  if (daysBetween(f.period.end, period.start) > currentForDays) return false;
  // A different figure on record between the fact and the end of the stated period replaced it.
  return !comparable.some((g) => g.period.end > f.period.end && g.period.start <= period.end && !matches(claim, g));
}
