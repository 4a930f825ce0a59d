/**
 * A level that changes in steps (a valuation until the next priced round, a user count until the next
 * report: `currentForDays` in data/metrics.yaml) still stands after the date it is filed under. The
 * same figure stated for a later period, within that span and before any other figure on record, is
 * the level as it stood then, not another period's figure: "Harvey was valued at $5 billion in August"
 * after the June round at $5 billion and before October's. Part of step 2 (wrongPeriod.ts).
 * A product's specification (spec.*: memory, bandwidth, throughput, power) is such a level with no end:
 * it holds from its announcement on, so a later date for the same product ("| H200 | 4.8 TB/s | shipping
 * Q2 2024 |" for a bandwidth announced in November 2023) is not another period. A date before the
 * announcement still is, and so is a later date once a different figure for it is on record.
 */
import type { Fact } from '../../../model';
import type { JudgeScope } from './scope';
import { daysBetween } from '../periodMatch';
import { matches } from '../factMatch';

export function stillStanding(s: JudgeScope, f: Fact): boolean {
  const { period, comparable, claim } = s;
  const currentForDays = s.metric.startsWith('spec.') ? Infinity : s.currentForDays;
  if (!period || currentForDays === undefined || f.period.end >= period.start) return false;
  if (daysBetween(f.period.end, period.start) > currentForDays) return false;
  // A different figure on record between the fact and the end of the stated period replaced it.
  return !comparable.some((g) => g.period.end > f.period.end && g.period.start <= period.end && !matches(claim, g));
}
