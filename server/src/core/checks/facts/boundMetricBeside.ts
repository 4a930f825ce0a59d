/**
 * A severity gate on wrong-metric (findings.ts): the claim's clause states the bound metric's own figure
 * for the period in another number ("raised $3.5 billion at $61.5 billion": $3.5 billion is the amount
 * raised). One clause holding two figures is one statement of two measures; the binder gave this figure
 * its neighbour's metric, and the writer, who wrote both, did not confuse them. On the six held-out
 * sets' first unseen runs this shape was 5 of 9 wrong-metric false alarms and no true positive
 * (test/corpus-holdout/first-run-findings.md). Only the clause: in another clause a second figure of the
 * same metric is a contrast ("revenue of $10 billion, though the CFO talked of $13 billion"), and the
 * writer may well have confused the two. The finding stays, as information: a writer who swaps the two
 * figures of one clause ("raised $61.5 billion at $3.5 billion") is told only that much.
 * Part of the judge: it knows nothing of findings or messages.
 */
import type { Claim, Fact, Quantity } from '../../model';
import { clauseBounds, figuresIn } from './claimSentence';
import { matches, unitFits } from './factMatch';

/**
 * Another figure of the claim's clause matches one of `boundMetricFacts` (the bound metric's facts for the
 * claim's period). `sentenceQuantities`: the sentence's figures (JudgeContext.sentenceQuantities).
 */
export function boundMetricStatedBeside(claim: Claim, boundMetricFacts: readonly Fact[], sentenceText: string | undefined, sentenceQuantities: readonly Quantity[] = []): boolean {
  const clause = sentenceText === undefined || boundMetricFacts.length === 0 ? undefined : clauseBounds(claim, sentenceText);
  if (!clause || sentenceText === undefined) return false;
  const own = claim.quantity.start - claim.sentence.start;
  return figuresIn(sentenceQuantities, clause.start, clause.end).some(
    (other) =>
      other.start !== own &&
      boundMetricFacts.some((f) => unitFits(other.kind, other.currency, f, other.kind === 'number' ? other.unit : undefined) && matches({ ...claim, quantity: other }, f)),
  );
}
