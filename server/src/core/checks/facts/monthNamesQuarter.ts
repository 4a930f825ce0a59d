/**
 * Writers name a quarter (or a fiscal year) by the month it ends in: "revenue in July 2023 was $13.5B"
 * for a company whose quarter ran May–July, "| Q2 | July 2023 | … |" (or by its last day, "| Q2 | July
 * 30, 2023 | … |"). A flow fact of several months that ends with the claim's single month or day is then
 * the period the writer meant, read loosely; it is not another period. Part of the judge
 * (verdicts/wrongPeriod.ts). A month outside the fact's span is still another period; one that starts
 * or lies inside it is too, but only as information (the severity gate in monthInsideSpan.ts).
 */
import type { Fact, Period } from '../../model';
import { daysBetween } from './periodMatch';

/** "Same period" allows 15 days at each end (periodMatch.ts): fiscal quarters end on odd days. */
const SLACK_DAYS = 15;
/** A day names the period it closes only when it is that period's last day, give or take a weekend. */
const DAY_SLACK = 3;

/** The claim's period is one calendar month or one day, and the fact's span of months ends with it. */
export function namesPeriodByItsEnd(claim: Period, fact: Fact): boolean {
  // Neither a day nor a month (most claims' periods: a year, a quarter): no date arithmetic needed.
  if (claim.start !== claim.end && !isOneMonth(claim)) return false;
  const longer = daysBetween(fact.period.start, claim.start) > SLACK_DAYS;
  if (claim.start === claim.end) return longer && Math.abs(daysBetween(claim.end, fact.period.end)) <= DAY_SLACK;
  return longer && daysBetween(claim.start, fact.period.end) >= 0 && daysBetween(claim.end, fact.period.end) <= SLACK_DAYS;
}

function isOneMonth(p: Period): boolean {
  return /-01$/.test(p.start) && p.start.slice(0, 7) === p.end.slice(0, 7) && daysBetween(p.start, p.end) >= 27;
}
