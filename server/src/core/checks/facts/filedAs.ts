/**
 * A promise of money is filed as what it promises. "Google committed up to $2 billion", "$11.9 billion
 * committed to CoreWeave", "Nvidia plans to invest up to $100 billion": the words name a commitment or a
 * plan, but the fact base files the figure as the investment pledged or the contract's value, with
 * qualifiers (at-most, letter-of-intent) saying it is a promise. A metric lists the metrics its figures
 * are filed under (`filedAs` in data/metrics.yaml). When nothing of the bound metric decides the claim,
 * it is judged as each of them in turn.
 *
 * Like a family member's stand-in (familyMember.ts) it may only show the figure right (or right but
 * credited to another publisher), of another time or out of date, never contradicted or slipped (the word
 * may still name a measure the base does not hold: a purchase commitment of its own), and only when
 * exactly one of them decides. A period that had
 * not begun by the document's date is what the promise schedules, not when it was made: no other period
 * is shown then (otherParty.decidesAsStandIn).
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Claim } from '../../model';
import type { FactBase } from '../../facts/index';
import type { Judgement, JudgeContext } from './judgement';
import { decidesAsStandIn } from './otherParty';

type BoundClaim = Claim & { entity: NonNullable<Claim['entity']>; metric: NonNullable<Claim['metric']> };

export function judgeAsFiledMetric(claim: BoundClaim, kb: FactBase, context: JudgeContext, judge: (c: Claim) => Judgement): Judgement | undefined {
  const decided: Judgement[] = [];
  for (const metric of kb.metrics.get(claim.metric.value)?.filedAs ?? []) {
    const j = judge({ ...claim, metric: { ...claim.metric, value: metric } });
    if (decidesAsStandIn(j, claim, context)) decided.push(j);
  }
  return decided.length === 1 ? decided[0] : undefined;
}
