/**
 * A figure put at a rough distance back ("the $2.2 billion of a year earlier", 一年前的估值) carries the
 * span the distance may mean (bind/roughYearBack.ts). Judged at the month the words compute, a figure
 * found to be another period's is no wrong period when every fact that says so lies inside that span:
 * the writer rounded the distance. It is judged again over the span (approximate: a fact inside it may
 * support it); when that does not support it either, it is left unverified rather than called wrong.
 */
import type { Claim } from '../../model';
import type { Judgement } from './judgement';
import { within } from './periodMatch';

export function judgeRoughDistance(claim: Claim, judgeOne: (c: Claim) => Judgement): Judgement {
  const first = judgeOne(claim);
  const period = claim.period;
  const window = period?.window;
  if (!period || !window || first.verdict !== 'wrong-period' || first.deciding.length === 0) return first;
  if (!first.deciding.every((f) => within(f.period, window))) return first;
  const second = judgeOne({ ...claim, period: { ...period, value: window, window: undefined, approximate: true } });
  return second.verdict === 'supported' ? second : { verdict: 'unverifiable', deciding: [], related: first.deciding };
}
