/**
 * An event happens once: a round's amount or valuation, an investment, a deal or contract, a record
 * one-day move (`oneOff` in data/metrics.yaml). A bound ("at least $600 million", "more than $2.5
 * billion", "up to $2 billion") fits many figures and so names no period, except when it restates the
 * very bound a source gave for such an event: then the writer copied that event's figure, and a date
 * for which the base holds no such event of the company is the event misdated ("2023年3月…至少6亿美元"
 * for the round of March 2024). Part of step 2 of the verdict order (wrongPeriod.ts).
 */
import type { Fact } from '../../../model';
import type { JudgeScope } from './scope';
import { earlierThanKnownBy } from './knownBy';

/** The facts of another period whose own bound the claim's bound restates, when they date one event. */
export function restatedEventBound(s: JudgeScope): Fact[] {
  const { claim, q, period, relation } = s;
  const side = sideOf(q.bound);
  if (!s.oneOff || !period || !side || q.kind !== 'money') return [];
  // Only a date the writer gave: a heading's period or an inferred year may be the binder's guess.
  const how = claim.period?.how;
  if ((how !== 'explicit' && how !== 'sentence') || claim.period?.inferred) return [];
  // "More than $1 billion" is every other round's size: a power of ten singles out no event.
  if (isPowerOfTen(q.value)) return [];
  // Anything on record for the stated period (in any currency) decides the claim instead.
  if (s.ofMetric.some((f) => relation(period, f) !== 'disjoint')) return [];
  const restating = s.otherPeriod.filter((f) => factSide(f) === side && sameNumber(factBound(f), q.value) && !earlierThanKnownBy(s, f));
  // A second event of the same size ("$300 million again in June") leaves the date open.
  if (restating.length === 0 || !restating.every((f) => f.period.start === restating[0].period.start && f.period.end === restating[0].period.end)) return [];
  // A level that stands until the next event (a valuation: `currentForDays`) still clears its floor
  // after the round that set it, so only a date before the event is misdated.
  const standing = s.currentForDays !== undefined && side === 'low';
  if (standing && !restating.every((f) => period.end < f.period.start)) return [];
  return restating;
}

type Side = 'low' | 'high';

function sideOf(bound: JudgeScope['q']['bound']): Side | undefined {
  return bound === 'over' || bound === 'atLeast' ? 'low' : bound === 'under' ? 'high' : undefined;
}

/** A fact recorded as a floor ("at least $600M") or a ceiling ("up to $2B"): one side open. */
export function factSide(f: Fact): Side | undefined {
  if (f.low !== undefined && f.high === undefined) return 'low';
  if (f.high !== undefined && f.low === undefined) return 'high';
  return undefined;
}

export function factBound(f: Fact): number | undefined {
  return f.low ?? f.high;
}

export function sameNumber(a: number | undefined, b: number): boolean {
  return a !== undefined && Math.abs(a - b) <= Math.abs(b) * 1e-9;
}

export function isPowerOfTen(v: number): boolean {
  if (v <= 0) return false;
  const mantissa = v / 10 ** Math.floor(Math.log10(v));
  return Math.abs(mantissa - 1) < 1e-9;
}
