/**
 * How far a contradicted figure lies from the facts that contradict it says who is likely wrong. A
 * writer's slip moves a figure by a digit, a rounding or a neighbouring period's level; a power of ten
 * (or near one) is a scale slip, left to the other verdicts. A figure more than FAR_RATIO times above or below
 * every deciding fact, in the same per-unit terms, is no slip of that fact: it is another measure the
 * binding gave the fact's metric (a month's bill of $450 read as a price per million tokens, a total
 * read as a share's worth). Such a contradiction is evidence against the binding, not the writer, and
 * is worth at most information.
 */
import type { Claim, Fact } from '../../model';
import { factInterval, midpoint } from '../intervals';

/** More than this many times above or below every deciding fact: not a slip of any of them. */
const FAR_RATIO = 20;
/**
 * Within this factor of a power of ten ("1.2 million" for over 1.2 billion, a rounded "$3 billion" for
 * $29.6 billion): a scale slip, however far, which the usual verdicts tell.
 */
const NEAR_POWER_OF_TEN = Math.log10(1.1);

export function farFromEveryFact(claim: Claim, deciding: readonly Fact[]): boolean {
  const q = claim.quantity;
  const value = q.low !== null && q.high !== null ? (q.low + q.high) / 2 : (q.low ?? q.high);
  if (value === null || value <= 0 || deciding.length === 0) return false;
  return deciding.every((f) => {
    const i = factInterval(f);
    const v = f.value ?? (i ? midpoint(i) : null);
    if (v === null || v === undefined || v <= 0) return false;
    // "$0.60 per thousand" against a price per million: compare in the fact's own denominator.
    const scaled = q.per && f.per && q.per.amount !== f.per.amount ? (value * f.per.amount) / q.per.amount : value;
    const ratio = scaled / v;
    const exponent = Math.log10(ratio);
    return (ratio > FAR_RATIO || ratio < 1 / FAR_RATIO) && Math.abs(exponent - Math.round(exponent)) >= NEAR_POWER_OF_TEN;
  });
}
