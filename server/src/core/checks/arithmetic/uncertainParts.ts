/**
 * When the parts before a total are uncertain, a sum that does not add up is no evidence of an error.
 * Two signs of it: the candidate parts are bound to different measure families ("$10 billion of equity
 * at a $62 billion valuation, plus $5.25 billion of debt, $15.25 billion in all": a valuation among
 * raises, where the total names no measure to rule it out), or some of the listed amounts, not only a
 * trailing run, add up to the stated total (the writer summed those and the others are context).
 * Then the relation says nothing. Part of the sums detector (sums.ts).
 */
import type { FactBase } from '../../facts/index';
import type { Quantity } from '../../model';
import { intersects } from '../intervals';
import { family, metricOf } from './measures';
import { sumOf } from './operands';
import { hedgedInterval } from './roundedHedge';
import type { SentenceView } from './view';

/** More candidates than this are not searched for a subset (2^n sums). */
const MAX_SUBSET_PARTS = 8;

export function partsUncertain(view: SentenceView, total: Quantity, parts: readonly Quantity[], kb: FactBase): boolean {
  return mixedMeasures(view, parts, kb) || someSubsetAddsUp(total, parts);
}

function mixedMeasures(view: SentenceView, parts: readonly Quantity[], kb: FactBase): boolean {
  const families = new Set(parts.map((q) => metricOf(q, [view])).filter((m): m is string => m !== undefined).map((m) => family(m, kb)));
  return families.size > 1;
}

function someSubsetAddsUp(total: Quantity, parts: readonly Quantity[]): boolean {
  if (parts.length > MAX_SUBSET_PARTS) return false;
  const stated = hedgedInterval(total);
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    const chosen = parts.filter((_, i) => mask & (1 << i));
    if (chosen.length < 2) continue;
    if (intersects(sumOf(chosen), stated)) return true;
  }
  return false;
}
