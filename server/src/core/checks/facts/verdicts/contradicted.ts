/**
 * Steps 6–7 of the verdict order: same-period facts exist and none meets the value (contradicted).
 * Without a stated period: an undated level against the newest figure, a list price against the
 * price in force, or sibling specs mixed up.
 */
import type { FactBase } from '../../../facts/index';
import type { Judgement, JudgeContext } from '../judgement';
import type { JudgeScope } from './scope';
import { factInterval, quantityInterval, relativeGap } from '../../intervals';
import { matches } from '../factMatch';
import { attributionMatches } from '../publishers';
import { decidesBound } from '../periodMatch';
import { otherPriceInForce, pricesInForce } from './otherPriceInForce';
import { siblingSpec } from '../metricMixups';
import { judgeUndatedLevel } from '../undated';
import { isInequality } from './wrongPeriod';

/**
 * List prices are standing levels: the fact base records each price when it was set (launch, cuts), and
 * a price holds until the next one. Without a stated period, or with one after the last change, the
 * price in force decides, and a figure that matches no price ever set is contradicted.
 */
export const STANDING_METRICS = new Set(['api-price.input', 'api-price.output', 'api-price.cached-input', 'subscription-price']);

export function contradictedVerdict(s: JudgeScope, kb: FactBase): Judgement | undefined {
  const { claim, q, period, periodKind } = s;
  // A level read inside the period does not contradict an inequality about the whole of it (periodMatch).
  const bound = q.bound;
  const samePeriod = period && periodKind === 'instant' && isInequality(bound) ? s.samePeriod.filter((f) => decidesBound(bound, period, f.period)) : s.samePeriod;
  if (samePeriod.length === 0 || !period) return undefined;
  const claimInterval = quantityInterval(q);
  // "according to The Information": the publisher's own figure decides, the others are context.
  const attribution = claim.attribution?.value;
  const named = attribution ? samePeriod.filter((f) => attributionMatches(f, attribution, kb)) : [];
  const deciding = named.length > 0 ? named : samePeriod;
  const gaps = deciding.map((f) => relativeGap(claimInterval, factInterval(f)!));
  return { verdict: 'contradicted', deciding, related: samePeriod.filter((f) => !deciding.includes(f)), gap: Math.min(...gaps) };
}

/** An undated level ("valued at $6B") is taken as of the document's date, against the newest figure. */
export function undatedLevelVerdict(s: JudgeScope, kb: FactBase, context: JudgeContext): Judgement | undefined {
  return s.period ? undefined : judgeUndatedLevel(s.claim, kb, s.metric, s.comparable, context, s.compares);
}

/**
 * A list price that matches no price ever set for it: the price in force at the claim's date (or the
 * document's) contradicts it. Only for a product named in the number's own clause: a price list
 * sentence names several.
 */
export function standingPriceVerdict(s: JudgeScope, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const { claim, q, period, metric, comparable } = s;
  const asOf = period?.end ?? context.documentDate;
  if (!STANDING_METRICS.has(metric) || claim.entity.how !== 'explicit' || !asOf || comparable.some((f) => matches(claim, f))) return undefined;
  const inForce = pricesInForce(comparable, asOf);
  if (inForce.length === 0) return undefined;
  // The product's other price in force ("$75" for Opus 4's input: its output price) is a wrong metric.
  const other = otherPriceInForce(s, kb, context, STANDING_METRICS, asOf, inForce);
  if (other) return other;
  const gaps = inForce.map((f) => relativeGap(quantityInterval(q), factInterval(f)!));
  return { verdict: 'contradicted', deciding: inForce, related: [], gap: Math.min(...gaps), periodSure: true };
}

export function siblingSpecVerdict(s: JudgeScope, kb: FactBase): Judgement | undefined {
  return siblingSpec(s.claim, kb, s.metric, s.comparable);
}
