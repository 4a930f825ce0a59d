/**
 * Whether a fact can be compared with a claim (unit, denominator, product) and whether their intervals meet.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Claim, Fact, QuantityKind } from '../../model';
import { factInterval, hasInterval, intersects, isBounded, quantityInterval, relativeWidth, scale, type Interval } from '../intervals';

// One list of currencies for the fact base and the checks: a currency the base files (KRW) is one a slip can swap.
export { CURRENCY_UNITS } from '../../facts/units';

/** Which fact units a quantity kind can be compared with. */
export function unitFits(kind: QuantityKind, currency: string | undefined, fact: Fact, unit?: string): boolean {
  switch (kind) {
    case 'money':
      return fact.unit === currency;
    case 'count':
      return fact.unit === 'count';
    case 'number':
      // A measurement ("4.8TB/s", "1979 TFLOPS") is compared with facts in its unit only.
      if (unit) return fact.unit.toLowerCase() === unit.toLowerCase();
      // A bare number is a count, or an exchange rate ("汇率7.14") when the fact is a rate.
      return fact.unit === 'count' || fact.unit.includes('/');
    case 'percent':
      return fact.unit === 'percent';
    case 'points':
      return fact.unit === 'points';
    case 'multiple':
      return fact.unit === 'multiple';
    case 'ratio':
      return fact.unit === 'ratio';
    default:
      return false;
  }
}

/** Prices must be per the same thing: compare "$30 per 1M tokens" with facts per 1M tokens only. */
export function perFits(claim: Claim, fact: Fact): boolean {
  const cp = claim.quantity.per;
  const fp = fact.per;
  if (!cp && !fp) return true;
  // "An H100 costs $30,000" states a price per one unit without saying "per GPU".
  // ...and an API price without its denominator is per million tokens, the way every price list gives it
  // ("$5 per million input tokens" read as a bare "$5").
  if (!cp) return (fp!.amount === 1 || (fp!.amount === 1e6 && singular(fp!.unit) === 'token')) && !writtenAsTotal(claim, fact);
  if (!fp) return false;
  return singular(cp.unit) === singular(fp.unit);
}

/**
 * A figure with no denominator written with a scale word larger than the fact's own figure ("$18.5
 * billion" against $39 a share, "$5 million" against $5 per million tokens) is an amount of many units,
 * a company's worth or a deal, never the price of one: however its clause's words bound it, it does not
 * meet a per-unit fact. A price written out ("$39", "$30,000", "$30k", "4万美元") still does.
 */
function writtenAsTotal(claim: Claim, fact: Fact): boolean {
  const scaleOfWriting = claim.quantity.style.scale;
  if (scaleOfWriting <= 1) return false;
  const figures = [fact.value, fact.low, fact.high].filter((v): v is number => typeof v === 'number').map(Math.abs);
  return figures.length > 0 && scaleOfWriting > Math.max(...figures);
}

function singular(unit: string): string {
  return unit.toLowerCase().replace(/s$/, '');
}

/** The claim's interval expressed per the fact's denominator (per 750k words vs per 1M tokens is arithmetic's job). */
export function claimIntervalFor(claim: Claim, fact: Fact): Interval {
  const i = quantityInterval(claim.quantity);
  const cp = claim.quantity.per;
  const fp = fact.per;
  if (cp && fp && cp.amount !== fp.amount && cp.amount > 0) return scale(i, fp.amount / cp.amount);
  return i;
}

export function productFits(claim: Claim, fact: Fact): boolean {
  if (!claim.product || !fact.product) return true;
  return claim.product.value === fact.product;
}

export function matches(claim: Claim, fact: Fact): boolean {
  const fi = factInterval(fact);
  return fi !== null && intersects(claimIntervalFor(claim, fact), fi);
}

/**
 * A claim's interval, times `factor`, meets a figure on record. A slip (a power of ten, another
 * currency, another metric's figure) must land on a value or a closed range: a floor or a ceiling
 * ("over $75 billion") is met by almost any figure scaled far enough, so against one only a number
 * written to about a percent that holds the bound's own figure counts ("$75 million" for over $75
 * billion, "1000亿元" for up to $100 billion).
 */
export function meetsFigure(claimed: Interval, f: Fact, factor = 1): boolean {
  const fi = factInterval(f);
  if (fi === null) return false;
  // Scaled by one is the same interval: no copy (most calls).
  const scaled = factor === 1 ? claimed : scale(claimed, factor);
  if (isBounded(fi)) return intersects(scaled, fi);
  return f.value !== undefined && isBounded(scaled) && relativeWidth(scaled) <= WRITTEN_FIGURE_WIDTH && scaled.low <= f.value && f.value <= scaled.high;
}

/** How wide (relative) a claim may be and still be a number written out, not a hedge ("约800亿" is not). */
const WRITTEN_FIGURE_WIDTH = 0.03;

export function numeric(f: Fact): boolean {
  return hasInterval(f);
}

/** The written value itself lies in the fact's (bounded) interval. */
export function pointMatches(value: number, f: Fact): boolean {
  const fi = factInterval(f);
  return fi !== null && fi.low !== null && fi.high !== null && fi.low <= value && value <= fi.high;
}

/** Percent claims are checked against percentage-point facts: the classic points-vs-percent mix-up. */
export function isPointsForPercent(kind: QuantityKind, f: Fact): boolean {
  return kind === 'percent' && f.unit === 'points';
}

export function matchesLoosely(claim: Claim, f: Fact): boolean {
  const fi = factInterval(f);
  return fi !== null && intersects(quantityInterval(claim.quantity), fi);
}

/**
 * The facts state one value (their intervals meet pairwise): a claim that meets facts of two different
 * values ("约326亿美元" meets both $30.0B and $35.1B) is only as wide as its hedge, not either figure.
 */
export function oneValue(facts: readonly Fact[]): boolean {
  const intervals = facts.map(factInterval);
  return intervals.every((a, i) => intervals.slice(i + 1).every((b) => a !== null && b !== null && intersects(a, b)));
}
