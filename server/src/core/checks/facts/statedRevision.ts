/**
 * A guidance history told in one sentence: "Meta guided $60 billion to $65 billion for 2025 and then, in
 * July, $66 billion to $72 billion", "2月给出的指引为600亿至650亿美元，7月上调至660亿至720亿美元". The
 * older figure is followed by its newer value, so the writer knows it was revised: it is history, not a
 * stale figure. Only a later figure of the sentence that meets a revision given after the one the claim
 * matches counts (a figure before it, or one meeting no later revision, says nothing of the revision).
 */
import type { Claim, Fact, Quantity } from '../../model';
import { quantityInterval } from '../intervals';
import { meetsFigure, unitFits } from './factMatch';
import { repeatsFloor } from './guidance';

/**
 * The sentence states, after the claim, a revision of the same guidance given later than every one it
 * matches (or, for a floor, repeats its floor: "then more than $4.5 billion"). `sentenceQuantities` are
 * the sentence's figures (JudgeContext.sentenceQuantities).
 */
export function statesLaterRevision(claim: Claim, matching: readonly Fact[], samePeriod: readonly Fact[], sentenceQuantities: readonly Quantity[] | undefined): boolean {
  if (sentenceQuantities === undefined || matching.length === 0 || !matching.every((f) => f.issued)) return false;
  const lastIssued = matching.map((f) => f.issued!).sort().at(-1)!;
  const later = samePeriod.filter((f) => f.issued !== undefined && f.issued > lastIssued && !f.issued.startsWith(lastIssued));
  if (later.length === 0) return false;
  const at = claim.quantity.end - claim.sentence.start;
  return sentenceQuantities.some(
    (q) => q.start >= at && q.kind !== 'vague' && later.some((f) => unitFits(q.kind, q.currency, f) && (meetsFigure(quantityInterval(q), f) || repeatsFloor(q, f))),
  );
}
