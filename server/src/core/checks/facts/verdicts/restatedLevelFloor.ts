/**
 * A count that grows (customers, users, GPUs owned, downloads) is reported as a floor when it passes a
 * mark: "more than 300,000 business customers", "over 1.3 million GPUs". A claim that restates that very
 * floor (same number, "more than" again) copies the report, and a date well before the report names a
 * moment the source says nothing of: the writer moved the milestone back in time ("截至去年10月…超过30万家"
 * for the 300,000 reported in October 2025). Like a market-cap milestone crossed later (milestones.ts),
 * the figure belongs to the later moment. Part of step 2 of the verdict order (wrongPeriod.ts).
 *
 * Only before the report, by more than a quarter: a company announces a mark within the quarter it
 * passes it, and after the report the floor may simply still hold. Only a floor (a growing count was
 * below a ceiling earlier too), only a date the writer gave, and only when the fact base holds nothing
 * of the metric for that date (a figure on record for it decides the claim instead).
 */
import type { Fact } from '../../../model';
import type { JudgeScope } from './scope';
import { factBound, factSide, isPowerOfTen, sameNumber } from './restatedEventBound';
import { DAY_MS } from '../../../bind/calendar';

/** Days before a report in which the mark may already have been passed, unreported. */
const REPORT_LAG_DAYS = 90;

export function restatedLevelFloor(s: JudgeScope): Fact[] {
  const { claim, q, period, relation } = s;
  if (s.oneOff || s.periodKind !== 'instant' || !period || (q.kind !== 'count' && q.kind !== 'number')) return [];
  if (q.bound !== 'over' && q.bound !== 'atLeast') return [];
  const how = claim.period?.how;
  if ((how !== 'explicit' && how !== 'sentence') || claim.period?.inferred) return [];
  // "More than a million" is every large count's floor: a power of ten singles out no report.
  if (isPowerOfTen(q.value)) return [];
  if (s.ofMetric.some((f) => relation(period, f) !== 'disjoint')) return [];
  const restating = s.otherPeriod.filter((f) => factSide(f) === 'low' && sameNumber(factBound(f), q.value));
  if (restating.length === 0) return [];
  const firstReport = restating.reduce((a, f) => (f.period.start < a ? f.period.start : a), restating[0].period.start);
  return daysBetween(period.end, firstReport) > REPORT_LAG_DAYS ? restating.filter((f) => f.period.start === firstReport) : [];
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / DAY_MS;
}
