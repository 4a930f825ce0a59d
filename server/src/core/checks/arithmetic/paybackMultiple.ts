/**
 * What a round's investors get back, as a multiple of what they put in and as an amount: "investors in the
 * $200 million round get back about 1.5x, or roughly $300 million", "those in the $40 million round get 1.2
 * times their money, which works out to $48 million", "2亿美元那一轮的投资者约收回1.5倍，约3亿美元". The amount
 * is the round's amount × the multiple.
 *
 * The wording is the binding, within one clause: the amount names what was put in (round, tranche, stake,
 * cheque; 那一轮, 本金), only a few words (a getting-back verb among them) stand between it and the multiple,
 * and the amount returned follows the multiple as its restatement (", or", ", which works out to", "，即约").
 * Any other figure between them, and nothing is read. Explicit: the sentence writes all three.
 */
import type { Quantity } from '../../model';
import { mul } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween } from './view';

/** "$200 million round get back about", "$40 million round, which Acme led, get". */
const PUT_IN_TO_MULTIPLE_EN = new RegExp(
  `^\\s*(?:round|tranche|stake|cheque|check|investment)\\b(?:[^\\d;:.]{0,40}?\\b(?:get|gets|got|would get|will get|should get|stand to get|recover|recovers|recovered|receive|receives|received)(?:\\s+back)?)?\\s+(?:back\\s+)?(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
const PUT_IN_TO_MULTIPLE_ZH = new RegExp(`^\\s*(?:那一轮|那轮|这一轮|一轮)[^，,。；;\\d]{0,10}?(?:拿回|收回|取回)\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "1.5x, or roughly", "1.2 times their money, which works out to", "1.5 times their stake, roughly". */
const MULTIPLE_TO_BACK_EN = new RegExp(
  `^\\s*(?:times\\s+)?(?:(?:their|its|the)\\s+(?:money|stake|capital|investment)\\s*)?(?:back\\s*)?,\\s*(?:or\\s+|i\\.e\\.,?\\s+|which\\s+(?:works out to|comes to|is|means)\\s+)?(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
const MULTIPLE_TO_BACK_ZH = new RegExp(`^\\s*(?:的?本金)?\\s*[，,]\\s*(?:即|也就是|合计)?\\s*(?:${HEDGE_ZH})?\\s*$`);

export const paybackMultiple: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  const qs = view.quantities;
  for (let k = 1; k + 1 < qs.length; k++) {
    const [a, m, r] = [qs[k - 1], qs[k], qs[k + 1]];
    if (m.kind !== 'multiple' || !checkable(m) || m.value > 20) continue;
    if (!isAmount(a) || !isAmount(r) || a.currency !== r.currency) continue;
    const zh = view.lang === 'zh';
    if (!(zh ? PUT_IN_TO_MULTIPLE_ZH : PUT_IN_TO_MULTIPLE_EN).test(gapBetween(view, a, m))) continue;
    if (!(zh ? MULTIPLE_TO_BACK_ZH : MULTIPLE_TO_BACK_EN).test(gapBetween(view, m, r))) continue;
    out.push({ check: 'arith.product', result: r, operands: [a, m], computed: mul(intervalOf(a), intervalOf(m)), formula: `${a.text} × ${m.text}`, certainty: 'explicit', lang: view.lang });
  }
  return out;
};

function isAmount(q: Quantity): boolean {
  return q.kind === 'money' && !!q.currency && !q.per && checkable(q);
}
