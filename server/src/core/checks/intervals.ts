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

/** The fact has an interval (factInterval is not null), told without building it: asked of every fact of an entity per claim. */
export function hasInterval(f: Fact): boolean {
  return f.low !== undefined || f.high !== undefined || f.value !== undefined;
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

/** Every value of `inner` lies in `outer` (an open end of `outer` holds anything on its side). */
export function isWithin(inner: Interval, outer: Interval): boolean {
  return inner.low !== null && inner.high !== null && (outer.low === null || inner.low >= outer.low) && (outer.high === null || inner.high <= outer.high);
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

// ---------------------------------------------------------------------------------------------
// Interval arithmetic (checking-model §2). Amounts in drafts are non-negative, so × and ÷ take the
// min and max over the finite ends; an open end stays open unless the other operand pins it to 0.

/** True when both ends are finite numbers. */
export function isBounded(i: Interval): i is { low: number; high: number } {
  return i.low !== null && i.high !== null && Number.isFinite(i.low) && Number.isFinite(i.high);
}

export function add(a: Interval, b: Interval): Interval {
  return {
    low: a.low === null || b.low === null ? null : a.low + b.low,
    high: a.high === null || b.high === null ? null : a.high + b.high,
  };
}

export function sub(a: Interval, b: Interval): Interval {
  return {
    low: a.low === null || b.high === null ? null : a.low - b.high,
    high: a.high === null || b.low === null ? null : a.high - b.low,
  };
}

export function mul(a: Interval, b: Interval): Interval {
  if (isBounded(a) && isBounded(b)) {
    const p = [a.low * b.low, a.low * b.high, a.high * b.low, a.high * b.high];
    return { low: Math.min(...p), high: Math.max(...p) };
  }
  // Open ends: only the non-negative case is meaningful (amounts, counts, shares).
  if ((a.low ?? -1) < 0 || (b.low ?? -1) < 0) return { low: null, high: null };
  return {
    low: (a.low as number) * (b.low as number),
    high: a.high === null || b.high === null ? null : a.high * b.high,
  };
}

export function div(a: Interval, b: Interval): Interval {
  // Only positive divisors are meaningful here; a divisor that may be zero or negative bounds nothing.
  if (b.low === null || b.low < 0 || (b.high !== null && b.high <= 0)) return { low: null, high: null };
  const inv: Interval = { low: b.high === null ? 0 : 1 / b.high, high: b.low === 0 ? null : 1 / b.low };
  return mul(a, inv);
}

/** Raises a positive interval to a positive power (growth rates compounded over years). */
export function pow(a: Interval, exponent: number): Interval {
  const f = (x: number | null) => (x === null ? null : Math.pow(x, exponent));
  return exponent >= 0 ? { low: f(a.low), high: f(a.high) } : { low: f(a.high), high: f(a.low) };
}

/** Adds a constant to both ends. */
export function shift(i: Interval, delta: number): Interval {
  return { low: i.low === null ? null : i.low + delta, high: i.high === null ? null : i.high + delta };
}

/** The smallest interval holding both. */
export function hull(a: Interval, b: Interval): Interval {
  return {
    low: a.low === null || b.low === null ? null : Math.min(a.low, b.low),
    high: a.high === null || b.high === null ? null : Math.max(a.high, b.high),
  };
}

/** Widens by a relative margin on each side (a rule of thumb's own uncertainty). */
export function widen(i: Interval, relative: number): Interval {
  return {
    low: i.low === null ? null : i.low - Math.abs(i.low) * relative,
    high: i.high === null ? null : i.high + Math.abs(i.high) * relative,
  };
}

/** (high - low) / |midpoint|: how loose an interval is; Infinity when open. */
export function relativeWidth(i: Interval): number {
  if (!isBounded(i)) return Infinity;
  const mid = (i.low + i.high) / 2;
  return mid === 0 ? Infinity : (i.high - i.low) / Math.abs(mid);
}
