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
 * words, not a cue between the numbers: probable (warning at most), no fix.
 */
import type { Quantity } from '../../model';
import { div, scale } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, neighbour, textAfter, textBefore, type SentenceView } from './view';

type Kind = 'operating' | 'net' | 'gross' | 'any';

/** ", a margin of", ", an operating margin of about", "，净利率约": between the profit and the margin. */
const MARGIN_GAP_EN = new RegExp(`^\\s*[,(]\\s*(?:or\\s+|for\\s+)?(?:an?\\s+)?(?:(operating|net|gross)\\s+(?:profit\\s+)?|profit\\s+)?margin\\s+(?:of\\s+|was\\s+|is\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
const MARGIN_GAP_ZH = new RegExp(`^\\s*[，,（(]\\s*(?:(经营利润率|营业利润率)|(净利率|净利润率)|(毛利率)|利润率)(?:约为|为|是|达到|达|约)*\\s*(?:${HEDGE_ZH})?\\s*$`);

/** The profit's own words, before it ("operating income of", "净利润") or after it ("of operating profit"). */
const PROFIT_BEFORE_EN = new RegExp(`\\b(?:(operating (?:income|profit))|(net (?:income|profit))|(gross profit))\\s+(?:of|was|were|came to|reached|at)?\\s*(?:${HEDGE_EN}\\s+)?$`, 'i');
const PROFIT_AFTER_EN = /^\s+(?:of|in)\s+(?:(operating (?:income|profit))|(net (?:income|profit))|(gross profit))\b/i;
const PROFIT_BEFORE_ZH = new RegExp(`(?:(经营利润|营业利润)|(净利润|净利)|(毛利润|毛利))(?:为|是|达到|达|约为|约)*\\s*(?:${HEDGE_ZH})?\\s*$`);

/** The revenue's own words: "revenue of", "sales grew 19% to", "of revenue", "营收", "收入为". */
const REVENUE_BEFORE_EN = /\b(?:revenue|sales)\b[^;:,]{0,25}$/i;
const REVENUE_AFTER_EN = /^\s+(?:of|in)\s+(?:revenue|sales)\b/i;
const REVENUE_BEFORE_ZH = new RegExp(`(?:营收|收入|营业收入|销售额)(?:为|是|达到|达|约为|约)*\\s*(?:${HEDGE_ZH})?\\s*$`);

function kindOf(m: RegExpExecArray | null): Kind | undefined {
  if (!m) return undefined;
  if (m[1]) return 'operating';
  if (m[2]) return 'net';
  if (m[3]) return 'gross';
  return 'any';
}

function marginKind(view: SentenceView, profit: Quantity, margin: Quantity): Kind | undefined {
  // "23.47 trillion won of operating profit, a margin of": the profit's own noun is read past.
  const gap = gapBetween(view, profit, margin).replace(PROFIT_AFTER_EN, '');
  if (view.lang === 'zh') return kindOf(MARGIN_GAP_ZH.exec(gap));
  const m = MARGIN_GAP_EN.exec(gap);
  if (!m) return undefined;
  return m[1] ? (m[1].toLowerCase() as Kind) : 'any';
}

function profitKind(view: SentenceView, q: Quantity): Kind | undefined {
  if (view.lang === 'zh') return kindOf(PROFIT_BEFORE_ZH.exec(textBefore(view, q, 20)));
  return kindOf(PROFIT_BEFORE_EN.exec(textBefore(view, q, 40)) ?? PROFIT_AFTER_EN.exec(textAfter(view, q, 30)));
}

/** The words before the amount, through other numbers ("sales grew 19% to"); the patterns stop at a comma. */
function wordsBefore(view: SentenceView, q: Quantity, max: number): string {
  const rel = q.start - view.span.start;
  return view.text.slice(Math.max(0, rel - max), rel);
}

function namedRevenue(view: SentenceView, q: Quantity): boolean {
  if (view.lang === 'zh') return REVENUE_BEFORE_ZH.test(textBefore(view, q, 20));
  return REVENUE_BEFORE_EN.test(wordsBefore(view, q, 40)) || REVENUE_AFTER_EN.test(textAfter(view, q, 20));
}

const isAmount = (q: Quantity) => q.kind === 'money' && !q.per && !!q.currency && checkable(q);

export const writtenMargin: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  for (const margin of view.quantities) {
    if (margin.kind !== 'percent' || !checkable(margin)) continue;
    const profit = neighbour(view, margin, -1);
    if (!profit || !isAmount(profit)) continue;
    const wanted = marginKind(view, profit, margin);
    const named = profitKind(view, profit);
    if (!wanted || !named || (wanted !== 'any' && wanted !== named)) continue;
    const like = view.quantities.filter((q) => q !== profit && isAmount(q) && sameDimension(q, profit));
    if (like.length !== 1) continue;
    const [revenue] = like;
    if (revenue.start > profit.start || !namedRevenue(view, revenue) || Math.abs(profit.value) > revenue.value) continue;
    out.push({
      check: 'arith.percent-of',
      result: margin,
      operands: [profit, revenue],
      computed: scale(div(intervalOf(profit), intervalOf(revenue)), 100),
      formula: `${profit.text} ÷ ${revenue.text}`,
      certainty: 'probable',
      lang: view.lang,
      noFix: true,
    });
  }
  return out;
};
