/**
 * "Harvey raised at a $5 billion valuation in February and at $5 billion again in June": a date written
 * after the same figure written again is that second figure's date. It cannot vouch that the first
 * figure belongs to it (the writer-favour rule of wrongPeriod.ts), so the first stays February's.
 */
import type { Claim, Period, Quantity } from '../../../model';
import { findPeriods } from '../../../bind/periods';
import { figuresIn } from '../claimSentence';

/**
 * Every mention of `p` in the sentence comes after the claim's figure written a second time.
 * `quantities`: the sentence's figures (JudgeContext.sentenceQuantities).
 */
export function dateOfRepeatedFigure(claim: Claim, sentence: string | undefined, p: Period, documentDate: string | undefined, quantities: readonly Quantity[] = []): boolean {
  if (sentence === undefined) return false;
  const after = claim.quantity.end - claim.sentence.start;
  if (after < 0 || after > sentence.length) return false;
  // Without the figure written again anywhere after it, no mention can follow a repetition: answered
  // before the sentence is scanned for periods (a scan per claim and period; almost no figure repeats).
  if (!sameFigureIn(figuresIn(quantities, after, Infinity), claim)) return false;
  const mentions = findPeriods(sentence, { start: 0, end: sentence.length }, { documentDate }).filter((m) => m.period.start === p.start && m.period.end === p.end);
  return mentions.length > 0 && mentions.every((m) => m.start >= after && sameFigureIn(figuresIn(quantities, after, m.start), claim));
}

function sameFigureIn(figures: readonly Quantity[], claim: Claim): boolean {
  const q = claim.quantity;
  return figures.some((r) => r.kind === q.kind && r.currency === q.currency && Math.abs(r.value - q.value) <= Math.abs(q.value) * 1e-9);
}
