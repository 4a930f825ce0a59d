/**
 * Interval comparisons shared by the fact checks and the arithmetic checks (checking-model §1–2).
 * Bounds are numbers; `null` means open on that side.
 */
import type { Fact, Quantity } from '../model';

export interface Interval {
  low: number | null;
  high: number | null;
}

/** Relative tolerance given to a fact that its source states exactly (rounding of the source). */
const EXACT_FACT_TOLERANCE = 0.005;
/** Relative tolerance of a fact its source hedges ("about", "~"). */
const APPROX_FACT_TOLERANCE = 0.05;

export function quantityInterval(q: Quantity): Interval {
  return { low: q.low, high: q.high };
}

/** The interval a numeric fact allows, or null for text-only facts. */
export function factInterval(f: Fact): Interval | null {
  if (f.low !== undefined || f.high !== undefined) {
    return { low: f.low ?? null, high: f.high ?? null };
  }
  if (f.value === undefined) return null;
  const approx = f.qualifiers.includes('approx') || f.qualifiers.includes('estimate');
  const tol = Math.abs(f.value) * (approx ? APPROX_FACT_TOLERANCE : EXACT_FACT_TOLERANCE);
  return { low: f.value - tol, high: f.value + tol };
}

export function intersects(a: Interval, b: Interval): boolean {
  const lowOk = a.high === null || b.low === null || a.high >= b.low;
  const highOk = b.high === null || a.low === null || b.high >= a.low;
  return lowOk && highOk;
}

/**
 * How far apart two disjoint intervals are, relative to the larger magnitude involved (0 when they
 * intersect). A tiny gap is at most information: the writer may have rounded differently.
 */
export function relativeGap(a: Interval, b: Interval): number {
  if (intersects(a, b)) return 0;
  const [lo, hi] = a.high !== null && b.low !== null && a.high < b.low ? [a.high, b.low] : [b.high!, a.low!];
  const scale = Math.max(Math.abs(lo), Math.abs(hi), Number.MIN_VALUE);
  return (hi - lo) / scale;
}

export function scale(i: Interval, factor: number): Interval {
  const a = i.low === null ? null : i.low * factor;
  const b = i.high === null ? null : i.high * factor;
  if (factor >= 0) return { low: a, high: b };
  return { low: b, high: a };
}

export function midpoint(i: Interval): number | null {
  if (i.low !== null && i.high !== null) return (i.low + i.high) / 2;
  return i.low ?? i.high;
}
