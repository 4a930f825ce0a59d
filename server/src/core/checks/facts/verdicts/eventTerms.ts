/**
 * A level that stands after the event that set it (a valuation until the next priced round:
 * standingLevel.ts) is that event's own figure when its clause also states the event's other terms:
 * "以10亿美元估值融资1.5亿美元", "raised $150 million at a $1 billion valuation in March 2024". The clause
 * then dates the round, and a round on record at another date with both figures is that round misdated,
 * not a level still standing. A clause whose other figure is not the recorded event's ("a flat round of
 * $300 million at the same $1 billion") may be a new event at the same level, and stays open.
 * Part of step 2 of the verdict order (wrongPeriod.ts).
 */
import type { Fact, Quantity } from '../../../model';
import type { FactBase } from '../../../facts/index';
import type { JudgeScope } from './scope';
import { factInterval, intersects, quantityInterval } from '../../intervals';
import { clauseBounds, figuresIn } from '../claimSentence';
import { factsAbout } from '../factLookup';

/**
 * Another figure of the claim's clause is the figure of a one-off event recorded with `f`, on `f`'s date.
 * `quantities`: the sentence's figures (JudgeContext.sentenceQuantities).
 */
export function statedWithItsEvent(s: JudgeScope, f: Fact, kb: FactBase, sentence: string | undefined, quantities: readonly Quantity[] = []): boolean {
  const bounds = sentence === undefined ? undefined : clauseBounds(s.claim, sentence);
  if (!sentence || !bounds) return false;
  const at = s.claim.quantity.start - s.claim.sentence.start;
  const others = figuresIn(quantities, bounds.start, bounds.end).filter((q) => q.start !== at && q.kind === s.q.kind);
  if (others.length === 0) return false;
  const event = factsAbout(kb, s.entity).filter(
    (g) => g.metric !== s.metric && kb.metrics.get(g.metric)?.oneOff === true && g.period.start === f.period.start && g.period.end === f.period.end,
  );
  return event.some((g) => {
    const gi = factInterval(g);
    return gi !== null && others.some((q) => (q.kind !== 'money' || q.currency === g.unit) && intersects(quantityInterval(q), gi));
  });
}
