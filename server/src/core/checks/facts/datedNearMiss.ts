/**
 * A contradiction whose binding is not all in the figure's clause (findings.ts, "binding-not-in-clause")
 * is still a warning when its sentence itself dates the figure and names what it measures, and the
 * figure misses the fact by no more than a writer's slip does. Three parts, each read from the claim:
 *
 * - the period is a date written in the figure's own sentence, before the figure ("2025年3月：…投后估值
 *   650亿美元", "Announced on November 18: … commits to buy $35 billion"): the sentence placed the figure,
 *   even where another statement in it kept the date from being sure of it alone;
 * - the metric is bound by words of the sentence other than the figure's own unit: a unit ("18个百分点",
 *   "530 TWh") says what kind of measure the figure is, not which figure of that kind (the total, the
 *   increase, the remainder the writer worked out);
 * - the figure and the nearest deciding fact differ by less than NEAR_MISS of the larger (intervals.ts
 *   relativeGap; under 1.67 times): a digit, a rounding, a neighbouring level. A figure further off is as
 *   often another figure of the sentence (a prior round, a total, a difference) the binding gave the metric.
 *
 * On the corpus (session 19) the demoted contradictions with all three were 15 true, none false; with a
 * date before the figure but a wider miss, 2 true and 13 false. Never more than a warning: the binding
 * still is not in the clause.
 */
import type { Claim } from '../../model';
import type { Judgement } from './judgement';

/** Below this relative gap to the nearest deciding fact: the size of a writer's slip, not of another figure. */
const NEAR_MISS = 0.4;

export function datedNearMiss(claim: Claim, j: Judgement): boolean {
  const { period, metric, quantity: q, sentence } = claim;
  if (j.verdict !== 'contradicted' || j.gap === undefined || j.gap >= NEAR_MISS) return false;
  if (!period?.span || (period.how !== 'explicit' && period.how !== 'sentence') || period.unsure || period.approximate) return false;
  if (period.span.start < sentence.start || period.span.end > q.start) return false;
  if (!metric?.span || (metric.how !== 'explicit' && metric.how !== 'sentence')) return false;
  const ownUnit = metric.span.start >= q.start && metric.span.end <= q.end;
  return !ownUnit;
}
