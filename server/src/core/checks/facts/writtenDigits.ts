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

/** Significant digits from which a figure names one exact value (an exchange rate 7.0881, a share price 832.79). */
const PRECISE_DIGITS = 4;

/**
 * A figure written to four significant digits or more names one exact value: another period's figure
 * is it only when it lands on those digits. "7.0881" (October's average rate) is not September's 7.076,
 * though the two lie within the half percent an unhedged source's figure is allowed: monthly rates,
 * daily prices and the like move by less than that, so the tolerance cannot tell their periods apart.
 * A fact stated as a range, and a figure per another amount, keep the interval test.
 */
export function singlesOutByDigits(q: Quantity, f: Fact): boolean {
  if (f.value === undefined || f.low !== undefined || f.high !== undefined || q.per || q.value === 0) return true;
  const written = Math.abs(q.value / q.style.scale);
  const digits = Math.floor(Math.log10(written)) + 1 + q.style.decimals;
  return digits < PRECISE_DIGITS || landsOnDigits(q, f.value, 1);
}
