/**
 * How a claim's period relates to a fact's period.
 *
 * "same" is deliberately a little loose (15 days at each end): fiscal quarters end on odd days (Nvidia's
 * FY2024 ended 28 January 2024), and a writer's "Q4 2023" for a fiscal quarter that ended in late
 * January is not a wrong period. An instant fact (start === end, e.g. a valuation on a date) is "same"
 * when its date falls inside the claim's period; a level that held over a range (metrics whose
 * periodKind is 'instant') is "same" for any claim period inside that range.
 */
import type { Fact, Period } from '../../model';
import { DAY_MS } from '../../bind/calendar';

/**
 * - same: the claim and the fact are about the same period;
 * - contains: the fact is one dated event inside a longer claim period ("raised $6B in May" vs
 *   "raised $12B this year"): it can support the claim but never contradict it, since the claim may sum
 *   several events or include ones the fact base lacks;
 * - overlap / disjoint: another period.
 */
export type PeriodRelation = 'same' | 'contains' | 'overlap' | 'disjoint';

/** A claim period up to this long pins an instant fact down ("in December 2023", "in Q4"). */
const TIGHT_DAYS = 100;

const SLACK_DAYS = 15;

/** Milliseconds of an ISO date, memoised: judging compares the same few hundred dates over and over. */
const days = new Map<string, number>();
function day(iso: string): number {
  let ms = days.get(iso);
  if (ms === undefined) {
    ms = Date.parse(iso + 'T00:00:00Z');
    if (days.size > 100_000) days.clear();
    days.set(iso, ms);
  }
  return ms;
}

/**
 * A period's first and last day in milliseconds, kept with the period object: judging compares one
 * claim period with every fact of its entity, and each fact's period with many claims (periods are
 * never changed once made).
 */
const bounds = new WeakMap<Period, readonly [number, number]>();
function boundsOf(p: Period): readonly [number, number] {
  let b = bounds.get(p);
  if (!b) bounds.set(p, (b = [day(p.start), day(p.end)]));
  return b;
}

export function periodRelation(claim: Period, fact: Period, periodKind: 'duration' | 'instant' = 'duration'): PeriodRelation {
  const [cs, ce] = boundsOf(claim);
  const [fs, fe] = boundsOf(fact);
  if (Number.isNaN(cs) || Number.isNaN(ce) || Number.isNaN(fs) || Number.isNaN(fe)) return 'disjoint';
  const slack = SLACK_DAYS * DAY_MS;
  if (fs === fe) {
    if (fs >= cs - slack && fs <= ce + slack) return ce - cs <= TIGHT_DAYS * DAY_MS ? 'same' : 'contains';
  } else if (periodKind === 'instant') {
    // A level that held over a range (a list price from launch until a cut) is "the same" for any
    // claim period that falls inside that range.
    if (cs >= fs - slack && ce <= fe + slack) return 'same';
  } else if (Math.abs(cs - fs) <= slack && Math.abs(ce - fe) <= slack) {
    return 'same';
  }
  return cs <= fe && fs <= ce ? 'overlap' : 'disjoint';
}

/** A fact period up to this long dates its figure (a report of June 2023) rather than spanning it. */
const DATING_DAYS = 31;

/**
 * An estimate, or a rate per year or month, is dated by its period (when it was published or stood),
 * not summed over it: McKinsey's "$2.6T–4.4T a year" published in June 2023 is the 2023 estimate of a
 * writer who says "McKinsey estimated in 2023". Such a fact lying inside a longer claim period is one
 * dated event in it ("contains"), never another period. A quarter's revenue inside a year stays
 * another period: that figure is a sum over its own span.
 */
function datesItsFigure(fact: Fact): boolean {
  const rate = fact.per !== undefined && /^(?:year|month)s?$/i.test(fact.per.unit);
  const estimate = fact.qualifiers.includes('estimate');
  return (rate || estimate) && day(fact.period.end) - day(fact.period.start) <= DATING_DAYS * DAY_MS;
}

/** A fact period up to this long is one reading (a day's revenue "24h from noon"), not a span of its own. */
const READING_DAYS = 7;

/**
 * A figure read over a few days (a 24-hour margin, a week's downloads) inside a longer claim period
 * ("in February", "2月") is a dated reading in it, like an instant fact: it may support the claim, but the
 * claim's period is not another one.
 */
function isReading(fact: Fact): boolean {
  return day(fact.period.end) - day(fact.period.start) <= READING_DAYS * DAY_MS;
}

/** periodRelation for a fact, knowing what its period means (see datesItsFigure, isReading). */
export function factPeriodRelation(claim: Period, fact: Fact, periodKind: 'duration' | 'instant' = 'duration'): PeriodRelation {
  const relation = periodRelation(claim, fact.period, periodKind);
  if (relation === 'overlap' && (datesItsFigure(fact) || isReading(fact)) && within(fact.period, claim)) return 'contains';
  return relation;
}

/**
 * A level read at one moment inside a longer claim period does not decide an inequality about that
 * period ("月活超过6.5亿" in Q3, "over 650 million users in the third quarter"): the level may cross the
 * bound at another moment of it. A lower bound ("over", "at least") is decided by a reading at the
 * period's end, an upper bound ("under") by one at its start.
 */
export function decidesBound(bound: 'over' | 'atLeast' | 'under', claim: Period, fact: Period): boolean {
  if (fact.start !== fact.end || claim.start === claim.end) return true;
  const slack = SLACK_DAYS * DAY_MS;
  const at = day(fact.start);
  return bound === 'under' ? at <= day(claim.start) + slack : at >= day(claim.end) - slack;
}

/** True when the fact's period ended on or before `date` (it was known by then). */
export function endsBy(fact: Period, date: string): boolean {
  return day(fact.end) <= day(date);
}

export function isLater(a: Period, b: Period): boolean {
  return day(a.end) > day(b.end);
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return (day(to) - day(from)) / DAY_MS;
}

/** A fact period lying inside a longer claim period ("the last two quarters" holds each quarter). */
export function within(inner: Period, outer: Period): boolean {
  const slack = SLACK_DAYS * DAY_MS;
  const [is, ie] = boundsOf(inner);
  const [os, oe] = boundsOf(outer);
  return is >= os - slack && ie <= oe + slack;
}

/** The period just before `period`: a year or a quarter earlier and as long, give or take 20 days. */
export function isPriorPeriod(candidate: Period, period: Period): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= 20 * DAY_MS;
  const shift = day(period.end) - day(candidate.end);
  const sameLength = near(day(candidate.end) - day(candidate.start), day(period.end) - day(period.start));
  return sameLength && [365, 91].some((d) => near(shift, d * DAY_MS));
}
