/**
 * A period the claim only borrowed: carried from an earlier sentence, or read in another statement of
 * its sentence ("2024财年实现营收1305亿美元，…；全年营收1305亿元中", "由此推算2023年约为32.8万亿韩元;
 * 营业利润2.347万亿韩元"). Such a period is the binder's guess, not the writer's word, so a slip told
 * by a precise figure's digits (a swapped currency, a moved decimal point) is judged as if the figure
 * were undated: the currency or the scale is wrong whatever the period. A period in the figure's own
 * clause, or one that opens the sentence and governs it, is the writer's and still decides.
 * Part of the judge (verdicts/unitSlips.ts, verdicts/tenfoldSlip.ts).
 */
import type { Claim, Quantity } from '../../model';
import { amountBetween, periodInEarlierStatement, periodInOwnClause } from './claimSentence';

export function periodBorrowed(claim: Claim, sentence: string | undefined, quantities: readonly Quantity[] = []): boolean {
  const p = claim.period;
  if (!p || p.how === 'document') return false;
  if (p.how === 'context') return true;
  if (p.how !== 'sentence' || !p.span || sentence === undefined || periodInOwnClause(claim, sentence)) return false;
  const start = p.span.start - claim.sentence.start;
  const end = p.span.end - claim.sentence.start;
  const at = claim.quantity.start - claim.sentence.start;
  const after = at + claim.quantity.text.length;
  if (start < 0 || end > sentence.length) return false;
  // Before the figure: past a semicolon or a coordinator ("；", ", while"), or past another figure of
  // the same kind, which the date governs instead; or written after another such figure and closing its
  // statement ("$60.9 billion in fiscal 2024; …"). After it: past another figure or another statement.
  const kind = claim.quantity.kind;
  if (end <= at) {
    const closesEarlierFigure = /[;；]/.test(sentence.slice(end, at)) && amountBetween(sentence, quantities, 0, start, kind);
    return periodInEarlierStatement(sentence, start, end, at) || amountBetween(sentence, quantities, end, at, kind) || closesEarlierFigure;
  }
  return start >= after && (/[;；]/.test(sentence.slice(after, start)) || amountBetween(sentence, quantities, after, start, kind));
}
