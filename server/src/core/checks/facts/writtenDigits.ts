/**
 * A slip of scale moves the decimal point and keeps the digits: "$1.38 billion" for $13.8B. So the
 * claim's number as written, moved by the factor, must land on the fact's own figure within the claim's
 * written precision (half its last digit) and the source's rounding, not merely inside the tolerance a
 * hedged source ("~$135B") allows: "$13.8 billion" is no tenth of about $135 billion (13.8 × 10 = 138).
 * A fact stated as a range keeps the interval test: it has no digits to keep.
 */
import type { Claim, Fact, Quantity } from '../../model';

/** Relative rounding a source's figure carries when it is stated without a hedge (as in intervals.ts). */
const SOURCE_ROUNDING = 0.005;

export function keepsWrittenDigits(claim: Claim, f: Fact, factor: number): boolean {
  const q = claim.quantity;
  if (f.value === undefined || f.low !== undefined || f.high !== undefined) return true;
  // A claim per another amount than the fact's ("$0.03 per 1K tokens" against a price per 1M) is compared per the fact's.
  const per = q.per && f.per && q.per.amount !== f.per.amount && q.per.amount > 0 ? f.per.amount / q.per.amount : 1;
  return landsOnDigits(q, f.value, per * factor, SOURCE_ROUNDING);
}

/**
 * q's number as written, moved by `factor`, is `value` within half its last written digit (moved
 * likewise), plus `rounding` of value for a source's own rounding.
 */
export function landsOnDigits(q: Quantity, value: number, factor: number, rounding = 0): boolean {
  const halfUnit = Math.abs(0.5 * 10 ** -q.style.decimals * q.style.scale * factor);
  return Math.abs(q.value * factor - value) <= (halfUnit + Math.abs(value) * rounding) * (1 + 1e-9);
}
