/**
 * Two readings of one change or one margin, stated side by side:
 *
 * - a cut or a rise and what is left of the original: "下调97%，价格只剩原来的1/10" (1 − 97% = 3%), "cut by
 *   90%, leaving a tenth of the original price", "上调50%，变为原来的1.5倍";
 * - a margin on cost and the revenue-to-cost multiple: "545%的利润率意味着收入是成本的5.45倍" (revenue ÷ cost =
 *   1 + 545% = 6.45), "a 40% margin means revenue is 1.4 times costs". A margin below 100% may be on
 *   revenue instead (revenue ÷ cost = 1 ÷ (1 − margin)): both readings are accepted.
 *
 * Both numbers sit in one clause tied by the words below, so the reading is explicit.
 */
import { div, scale, shift, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, textAfter, textBefore, type SentenceView } from './view';

const CUT_ZH = /(?:(上调|提高|上涨|涨价|提价|增加)|(下调|下降|降低|削减|降价|下跌|减少|砍掉|调低))了?\s*$/;
const CUT_EN = /\b(?:(raised|increased|hiked|up)|(cut|reduced|lowered|slashed|dropped|fell|down|decreased))\s+(?:by\s+)?$/i;
/** Between the change and what is left: "，价格只剩原来的", ", leaving". */
const LEFT_ZH = new RegExp(`^[，,]\\s*[^，,。；;\\d]{0,8}?(?:只剩下?|仅剩下?|剩下|剩|变为|变成|降至|降到|涨至|涨到|为)了?(?:原来|原价|此前|之前|过去)的\\s*(?:${HEDGE_ZH})?\\s*$`);
const LEFT_EN = new RegExp(`^\\s*,?\\s*(?:leaving(?:\\s+it(?:\\s+at)?)?|to|i\\.e\\.|or|so (?:it|the price) is(?: now)?)\\s+(?:(?:just|only)\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
const OF_ORIGINAL_EN = /^\s*(?:times\s+)?(?:of\s+)?(?:the\s+)?(?:original|old|previous|former|earlier|what it was)\b/i;

const MARGIN_AFTER = /^\s*的?(?:成本)?(?:利润率|毛利率|加成率?)|^\s*(?:profit\s+|gross\s+|cost-profit\s+)?(?:margin|markup)\b/i;
const MARGIN_BEFORE = /(?:(?:成本)?利润率|毛利率|(?:profit\s+)?margin|markup)\s*(?:为|是|达|达到|约|of|was|is)?\s*$/i;
const REVENUE_TIMES_COST_ZH = new RegExp(`(?:收入|营收|售价|销售额)\\s*(?:是|为|相当于|约为|约是)\\s*(?:成本|费用)的\\s*(?:${HEDGE_ZH})?\\s*$`);
const REVENUE_IS_EN = new RegExp(`\\b(?:revenue|sales|price)\\s+(?:is|are|was|were|would be)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const TIMES_COST_EN = /^\s*(?:times|x|×)?\s*(?:the\s+)?(?:its\s+)?(?:costs?|expenses?)\b/i;

function remainders(view: SentenceView, out: RelationOutcome[]): void {
  const qs = view.quantities;
  for (let k = 0; k + 1 < qs.length; k++) {
    const [p, r] = [qs[k], qs[k + 1]];
    if (p.kind !== 'percent' || !checkable(p) || !checkable(r) || !(r.kind === 'ratio' || r.kind === 'percent' || r.kind === 'multiple')) continue;
    const before = textBefore(view, p, 12);
    const cut = CUT_ZH.exec(before) ?? CUT_EN.exec(before);
    if (!cut) continue;
    const gap = gapBetween(view, p, r);
    if (!(LEFT_ZH.test(gap) || (LEFT_EN.test(gap) && OF_ORIGINAL_EN.test(textAfter(view, r, 30, true))))) continue;
    const up = !!cut[1];
    const change = scale(intervalOf(p), up ? 0.01 : -0.01);
    const left: Interval = shift(change, 1);
    out.push({
      check: 'arith.growth',
      result: r,
      operands: [p],
      computed: r.kind === 'percent' ? scale(left, 100) : left,
      formula: up ? `1 + ${p.text}` : `1 − ${p.text}`,
      certainty: 'explicit',
      lang: view.lang,
      noFix: r.kind !== 'percent',
    });
  }
}

function margins(view: SentenceView, out: RelationOutcome[]): void {
  const qs = view.quantities;
  for (let k = 0; k + 1 < qs.length; k++) {
    const p = qs[k];
    if (p.kind !== 'percent' || !checkable(p)) continue;
    if (!MARGIN_AFTER.test(textAfter(view, p, 10)) && !MARGIN_BEFORE.test(textBefore(view, p, 20))) continue;
    const m = qs.slice(k + 1).find((q) => q.kind === 'multiple');
    if (!m || !checkable(m)) continue;
    const zh = REVENUE_TIMES_COST_ZH.test(textBefore(view, m, 20));
    const en = REVENUE_IS_EN.test(textBefore(view, m, 30)) && TIMES_COST_EN.test(textAfter(view, m, 20, true));
    if (!zh && !en) continue;
    const share = scale(intervalOf(p), 0.01);
    out.push({ check: 'arith.ratio', result: m, operands: [p], computed: shift(share, 1), formula: `1 + ${p.text}`, certainty: 'explicit', lang: view.lang, noFix: true });
    // A margin on revenue (below 100%): revenue ÷ cost = 1 ÷ (1 − margin).
    if (p.value < 100) {
      const onRevenue = div({ low: 1, high: 1 }, shift(scale(share, -1), 1));
      out.push({ check: 'arith.ratio', result: m, operands: [p], computed: onRevenue, formula: `1 ÷ (1 − ${p.text})`, certainty: 'explicit', lang: view.lang, noFix: true });
    }
  }
}

export const complements: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  remainders(view, out);
  margins(view, out);
  return out;
};
