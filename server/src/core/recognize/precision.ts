/**
 * The interval a written quantity allows (checking-model §1).
 * - Written precision: half a unit of the last written digit, scaled ($1.6B -> [1.55B, 1.65B]).
 *   Amounts, counts, bare numbers and ratios are capped at ±5% of the value ($2 billion -> [1.9B, 2.1B]);
 *   percentages, points and multiples keep the half unit (3% -> [2.5%, 3.5%]).
 * - Hedges: approx -> ±10% or the written precision, whichever is wider; nearly -> [0.9x, x];
 *   over -> (x, open); atLeast -> [x, open); under -> [0, x).
 */
import type { Bound, QuantityKind } from '../model';

export interface Interval {
  low: number | null;
  high: number | null;
}

const UNCAPPED: ReadonlySet<QuantityKind> = new Set(['percent', 'points', 'multiple']);

/** Half-width of the written precision. `place` is the value of one unit of the last written digit. */
export function writtenHalfWidth(kind: QuantityKind, value: number, place: number): number {
  const half = Math.abs(place) / 2;
  if (UNCAPPED.has(kind)) return half;
  return Math.min(half, Math.abs(value) * 0.05);
}

export function intervalOf(kind: QuantityKind, value: number, place: number, bound: Bound): Interval {
  const h = writtenHalfWidth(kind, value, place);
  switch (bound) {
    case 'approx': {
      const w = Math.max(h, Math.abs(value) * 0.1);
      return { low: tidy(value - w), high: tidy(value + w) };
    }
    case 'nearly':
      return ordered(tidy(value * 0.9), value);
    case 'over':
    case 'atLeast':
      return { low: value, high: null };
    case 'under':
      return value >= 0 ? { low: 0, high: value } : { low: null, high: value };
    case 'exact':
    case 'range':
      return { low: tidy(value - h), high: tidy(value + h) };
  }
}

/** The interval of an explicit range: each end widened by its own written precision. */
export function rangeInterval(kind: QuantityKind, a: { value: number; place: number }, b: { value: number; place: number }): Interval {
  const lo = Math.min(a.value, b.value);
  const hi = Math.max(a.value, b.value);
  const loEnd = a.value <= b.value ? a : b;
  const hiEnd = a.value <= b.value ? b : a;
  return {
    low: tidy(lo - writtenHalfWidth(kind, loEnd.value, loEnd.place)),
    high: tidy(hi + writtenHalfWidth(kind, hiEnd.value, hiEnd.place)),
  };
}

function ordered(a: number, b: number): Interval {
  return a <= b ? { low: a, high: b } : { low: b, high: a };
}

/** Rounds away binary noise (1.55e9 rather than 1549999999.9999998) without touching real digits. */
export function tidy(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e5) return Math.round(x * 1e10) / 1e10;
  if (a >= 1e5 && a < 1e15) return Math.round(x * 100) / 100;
  return Number(x.toPrecision(12));
}
