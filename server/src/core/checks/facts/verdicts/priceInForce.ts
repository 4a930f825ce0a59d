/**
 * Before step 2 of the verdict order, for list prices (STANDING_METRICS): a price holds from when it
 * was set until a newer price of the same product and side is on record. So a price stated for a date
 * after it was set ("in December 2024, GPT-4 Turbo cost $30 per million output tokens", set on
 * 2023-11-06 and never changed on record) is the price in force then: supported, not another period's
 * figure. A date before it was set, or after a newer price replaced it, is left to wrongPeriod.
 */
import type { Fact } from '../../../model';
import type { Judgement } from '../judgement';
import type { JudgeScope } from './scope';
import { matches } from '../factMatch';
import { STANDING_METRICS } from './contradicted';

export function priceInForceVerdict(s: JudgeScope): Judgement | undefined {
  const { claim, period, metric, comparable } = s;
  if (!period || !STANDING_METRICS.has(metric)) return undefined;
  const inForce = comparable.filter((f) => f.period.start <= period.end && !replacedBy(f, comparable, period.start) && matches(claim, f));
  return inForce.length > 0 ? { verdict: 'supported', deciding: inForce, related: [] } : undefined;
}

/** A newer price of the same product, side and currency was set after `f` and by `date`. */
function replacedBy(f: Fact, prices: readonly Fact[], date: string): boolean {
  return prices.some((g) => g.period.start > f.period.start && g.period.start <= date);
}
