/**
 * A share of an amount written with its own name after it: "这1200亿元已相当于3800亿元三年计划的约45%",
 * "约占2000亿元订单总额的比重为60%". The words "A相当于/占 B…的P%" name both operands: A is the amount right
 * before the copula, B the amount right after it; the short noun between B and 的 only says what B is (a
 * plan, an order book), so it may hold a stretch of time ("三年计划") but no word that narrows B to a part
 * of it (中, 里, 内, 外, 以上: "订单中云业务的"), and no other figure. English writes the base after "of"
 * and is read by percentOf.ts.
 */
import type { Quantity } from '../../model';
import { HEDGE_ZH } from './cues';
import { checkable, sameDimension } from './operands';
import { writtenShare, type RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, isDuration, neighbour } from './view';

/** "已相当于", "，约占", "就占到": the subject amount's copula. */
const COPULA_ZH = new RegExp(`^\\s*[，,]?\\s*(?:已经|已|就|则|也|仅|才|将|都)*\\s*(?:约占|占了|占到|占|相当于|约为|约是)\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "三年计划的约", "订单总额的比重为": a name for the base, then 的 and the share. */
const NAMED_BASE_ZH = new RegExp(`^[\\u4e00-\\u9fffA-Za-z\\d]{0,8}的\\s*(?:比重|比例|份额|占比)?(?:约为|约是|为|是|达到|达|约)*\\s*(?:${HEDGE_ZH})?\\s*$`);
/** Words that make the named base a part of the written amount, not the amount itself. */
const NARROWING_ZH = /[中里内外]|以上|以下|其/;

function isAmount(q: Quantity): boolean {
  return (q.kind === 'money' || q.kind === 'count') && !isDuration(q) && checkable(q) && !(q.kind === 'money' && q.per);
}

export const shareOfWritten: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  if (view.lang !== 'zh') return out;
  for (const p of view.quantities) {
    if (p.kind !== 'percent' || !checkable(p)) continue;
    const b = neighbour(view, p, -1);
    const a = b && neighbour(view, b, -1);
    if (!a || !b || !isAmount(a) || !isAmount(b) || !sameDimension(a, b)) continue;
    const named = gapBetween(view, b, p);
    if (!NAMED_BASE_ZH.test(named) || NARROWING_ZH.test(named) || !COPULA_ZH.test(gapBetween(view, a, b))) continue;
    out.push(writtenShare(view.lang, p, a, b, 'explicit'));
  }
  return out;
};
