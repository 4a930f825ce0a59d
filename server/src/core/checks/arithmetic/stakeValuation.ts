/**
 * The whole a stake's price implies: "paid $14.3 billion for a 49% stake, implying a value of about $29
 * billion for the whole company", "took about 10% for $8.9 billion, which values the company at about $89
 * billion". The price of a stake over the stake is the value of the whole (price ÷ share), the relation
 * the writer computed; `stakes.ts` reads the converse (raised ÷ valuation = the stake bought).
 *
 * The words tie the three figures: the price and the share joined by "for" (price first, or the share
 * first after a verb of buying), then, in the same sentence and with no figure between, a word of
 * valuing (implying, implies, values, valuing, valued, puts … at) right before the whole. The whole is
 * money of the price's currency and larger than it. A pre-money value is another base (the price is new
 * money on top): not read. Probable (a warning at most), no fix.
 */
import type { Quantity } from '../../model';
import { div, scale } from '../intervals';
import { HEDGE_EN } from './cues';
import { checkable, intervalOf, isPlainMoney } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, textBefore, type SentenceView } from './view';

/** "$14.3 billion for a 49% stake", "$14.3 billion for 49% of Scale". */
const PRICE_FOR = new RegExp(`^\\s*for\\s+(?:(?:a|an)\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "took about 10% for $8.9 billion", "bought 49% of Scale for $14.3 billion". */
const SHARE_FOR = new RegExp(`^\\s*(?:(?:stake|of\\s+(?:the\\s+)?[A-Z][\\w.&-]*(?:\\s+[A-Z][\\w.&-]*){0,2})\\s+)?for\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const BUY_BEFORE = new RegExp(`\\b(?:took|takes|take|bought|buys|buy|acquired|acquires|acquire|got|gets|get)\\s+(?:(?:a|an)\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
/** Between the deal and the whole: "…, implying a value of about", "which values Scale at", "valuing the company at". */
const VALUING = new RegExp(
  `^[^;:.!?\\d]{0,60}?\\b(?:(?:implying|implies|implied|values|valuing|valued|puts|putting)\\b[^;:.!?\\d]{0,40}?\\b(?:at|of|for|near)|implying|implies|implied)\\s+(?:${HEDGE_EN}\\s+){0,2}$`,
  'i',
);
/** "for 49% of Scale at a valuation above $29 billion". */
const AT_VALUATION = new RegExp(`^[^;:.!?\\d]{0,40}?\\bat\\s+an?\\s+(?:post-money\\s+)?valuation(?:\\s+of)?\\s+(?:${HEDGE_EN}\\s+|above\\s+|below\\s+)?$`, 'i');
const PRE_MONEY = /pre-money|pre money/i;

function whole(view: SentenceView, price: Quantity, share: Quantity, value: Quantity): RelationOutcome | undefined {
  if (!isPlainMoney(value) || value.currency !== price.currency || value.value <= price.value || !checkable(value)) return undefined;
  const words = gapBetween(view, share.end > price.end ? share : price, value);
  if (!(VALUING.test(words) || AT_VALUATION.test(words)) || PRE_MONEY.test(words)) return undefined;
  return {
    check: 'arith.ratio',
    result: value,
    operands: [price, share],
    computed: div(intervalOf(price), scale(intervalOf(share), 0.01)),
    formula: `${price.text} ÷ ${share.text}`,
    certainty: 'probable',
    lang: view.lang,
    noFix: true,
  };
}

export const stakeValuation: RelationDetector = (view) => {
  if (view.lang !== 'en') return [];
  const qs = view.quantities;
  const out: RelationOutcome[] = [];
  for (let i = 0; i + 2 < qs.length; i++) {
    const [a, b, c] = [qs[i], qs[i + 1], qs[i + 2]];
    if (!checkable(a) || !checkable(b)) continue;
    let found: RelationOutcome | undefined;
    if (isPlainMoney(a) && b.kind === 'percent' && b.value > 0 && b.value < 100 && PRICE_FOR.test(gapBetween(view, a, b))) found = whole(view, a, b, c);
    else if (a.kind === 'percent' && a.value > 0 && a.value < 100 && isPlainMoney(b) && SHARE_FOR.test(gapBetween(view, a, b)) && BUY_BEFORE.test(textBefore(view, a, 30))) found = whole(view, b, a, c);
    if (found) out.push(found);
  }
  return out;
};
