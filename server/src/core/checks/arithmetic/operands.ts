/**
 * What a quantity contributes to a relation: its interval, and whether two quantities measure the same
 * kind of thing (so that they can be added, compared or divided into a plain ratio).
 */
import type { Quantity } from '../../model';
import { add, type Interval } from '../intervals';
import { CADENCE_UNITS, type Cadence } from './cues';
import { hedgedInterval } from './roundedHedge';

/**
 * The interval a quantity allows. Small whole factors written in an equation ("× 12", "÷ 4") are exact
 * by nature, not rounded: `exactFactors` pins them. A hedge on a precise-looking figure is read narrowly
 * (roundedHedge.ts).
 */
export function intervalOf(q: Quantity, exactFactors = false): Interval {
  if (exactFactors && q.kind === 'number' && q.bound === 'exact' && Number.isInteger(q.value) && q.style.scale === 1) {
    return { low: q.value, high: q.value };
  }
  return hedgedInterval(q);
}

/** The interval of a sum of amounts: each part's written interval, added. */
export function sumOf(parts: readonly Quantity[]): Interval {
  return parts.reduce<Interval>((acc, q) => add(acc, intervalOf(q)), { low: 0, high: 0 });
}

/** A quantity usable as an amount of money, without a price denominator. */
export function isPlainMoney(q: Quantity): boolean {
  return q.kind === 'money' && !q.per && !!q.currency;
}

/** A count of things, or a bare number that is large enough to be an amount ("2,788K"). */
function isCountLike(q: Quantity): boolean {
  return q.kind === 'count' || (q.kind === 'number' && !q.per);
}

function normUnit(u: string | undefined): string | undefined {
  if (!u) return undefined;
  return u.toLowerCase().replace(/s$/, '');
}

/** Whether two quantities can be added, subtracted or compared as the same kind of amount. */
export function sameDimension(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'money' || b.kind === 'money') {
    if (a.kind !== 'money' || b.kind !== 'money' || !a.currency || a.currency !== b.currency) return false;
    return samePer(a, b);
  }
  if (a.kind === 'percent' || b.kind === 'percent') return a.kind === b.kind;
  if (a.kind === 'points' || b.kind === 'points') return a.kind === b.kind;
  if (isCountLike(a) && isCountLike(b)) {
    const ua = normUnit(a.unit);
    const ub = normUnit(b.unit);
    return !ua || !ub || ua === ub;
  }
  return false;
}

/** Same price denominator (both none, or the same unit and amount). */
export function samePer(a: Quantity, b: Quantity): boolean {
  if (!a.per && !b.per) return true;
  if (!a.per || !b.per) return false;
  return normUnit(a.per.unit) === normUnit(b.per.unit) && a.per.amount === b.per.amount;
}

/** A money amount priced per a time period ("$20 a month" read with per {1, month}). */
export function perCadence(q: Quantity): Cadence | undefined {
  if (!q.per || q.per.amount !== 1) return undefined;
  return CADENCE_UNITS[q.per.unit.toLowerCase()];
}

/** Vague magnitudes ("数十亿", "billions") are never operands or results. */
export function checkable(q: Quantity): boolean {
  return q.kind !== 'vague' && Number.isFinite(q.value);
}
