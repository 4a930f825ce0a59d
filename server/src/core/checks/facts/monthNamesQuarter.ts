/**
 * Writers name a quarter (or a fiscal year) by the month it ends in: "revenue in July 2023 was $13.5B"
 * for a company whose quarter ran May–July, "| Q2 | July 2023 | … |". A flow fact of several months that
 * ends with the claim's single month is then the period the writer meant, read loosely; it is not
 * another period. Part of the judge (verdicts/wrongPeriod.ts); a month that starts or lies inside the
 * fact's span, or outside it, is still another period.
 */
import type { Fact, Period } from '../../model';
import { daysBetween } from './periodMatch';

/** "Same period" allows 15 days at each end (periodMatch.ts): fiscal quarters end on odd days. */
const SLACK_DAYS = 15;

/** The claim's period is one calendar month, and the fact's span of months ends with it. */
export function monthEndsFactPeriod(claim: Period, fact: Fact): boolean {
  if (!isOneMonth(claim)) return false;
  const endsInMonth = daysBetween(claim.start, fact.period.end) >= 0 && daysBetween(claim.end, fact.period.end) <= SLACK_DAYS;
  const longer = daysBetween(fact.period.start, claim.start) > SLACK_DAYS;
  return endsInMonth && longer;
}

function isOneMonth(p: Period): boolean {
  return /-01$/.test(p.start) && p.start.slice(0, 7) === p.end.slice(0, 7) && daysBetween(p.start, p.end) >= 27;
}
