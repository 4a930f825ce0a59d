/**
 * A margin whose profit and revenue the sentence writes: "sales of $28.8 billion, with operating income of
 * $10.6 billion, a margin of 42%", "66.19 trillion won of revenue and 23.47 trillion won of operating
 * profit, a margin of about 40%", "营收28.81亿元，净利润10.38亿元，净利率约46%". A margin is profit over
 * revenue; recordedMargin.ts reads one whose operands the draft wrote elsewhere, from the fact base.
 *
 * The profit is the amount right before the margin, named as a profit by its own words ("operating income
 * of", "of operating profit", "净利润") and of the margin's kind (an operating margin is over operating
 * income, a net one over net income; a bare "margin" over whichever profit it follows). The revenue is the
 * sentence's one other like amount, named as revenue or sales by its own words: with a third like amount
 * (last year's revenue, a change's base) the pairing is not sure and nothing is read. The pairing is by
 * words, not a cue between the numbers: probable (warning at most), no fix. The words are the metrics'
 * (data/metrics.yaml, read by marginWords.ts): profit metrics with a margin, their margin names, revenue.
 */
import type { Quantity } from '../../model';
import { ANY_PROFIT, marginWords, type MarginKind, type MarginWords } from './marginWords';
import { checkable, sameDimension } from './operands';
import { writtenShare, type RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, neighbour, textAfter, textBefore, type SentenceView } from './view';

const kindOf = (m: RegExpExecArray | null, kinds: Map<string, MarginKind>) => (m ? kinds.get(m[1].toLowerCase()) : undefined);

function marginKind(view: SentenceView, words: MarginWords, profit: Quantity, margin: Quantity): MarginKind | undefined {
  // "23.47 trillion won of operating profit, a margin of": the profit's own noun is read past.
  let gap = gapBetween(view, profit, margin);
  if (words.profitAfter) gap = gap.replace(words.profitAfter, '');
  return kindOf(words.marginGap.exec(gap), words.marginKind);
}

/** The profit's own words: after it ("$15 billion of operating profit") before those before it ("earned"). */
export function profitKind(view: SentenceView, words: MarginWords, q: Quantity): MarginKind | undefined {
  const after = words.profitAfter ? kindOf(words.profitAfter.exec(textAfter(view, q, 30)), words.profitKind) : undefined;
  return after ?? kindOf(words.profitBefore.exec(textBefore(view, q, view.lang === 'zh' ? 20 : 40)), words.profitKind);
}

/** The words before the amount, through other numbers ("sales grew 19% to"); the patterns stop at a comma. */
function wordsBefore(view: SentenceView, q: Quantity, max: number): string {
  const rel = q.start - view.span.start;
  return view.text.slice(Math.max(0, rel - max), rel);
}

export function namedRevenue(view: SentenceView, words: MarginWords, q: Quantity): boolean {
  if (view.lang === 'zh') return words.revenueBefore.test(textBefore(view, q, 20));
  return words.revenueBefore.test(wordsBefore(view, q, 40)) || !!words.revenueAfter?.test(textAfter(view, q, 20));
}

export const isAmount = (q: Quantity) => q.kind === 'money' && !q.per && !!q.currency && checkable(q);

export const writtenMargin: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  const words = marginWords(ctx.kb, view.lang);
  for (const margin of view.quantities) {
    if (margin.kind !== 'percent' || !checkable(margin)) continue;
    const profit = neighbour(view, margin, -1);
    if (!profit || !isAmount(profit)) continue;
    const wanted = marginKind(view, words, profit, margin);
    const named = profitKind(view, words, profit);
    if (!wanted || !named || (wanted !== ANY_PROFIT && wanted !== named)) continue;
    const like = view.quantities.filter((q) => q !== profit && isAmount(q) && sameDimension(q, profit));
    if (like.length !== 1) continue;
    const [revenue] = like;
    if (revenue.start > profit.start || !namedRevenue(view, words, revenue) || Math.abs(profit.value) > revenue.value) continue;
    out.push(writtenShare(view.lang, margin, profit, revenue, 'probable'));
  }
  return out;
};
