/**
 * A figure and its own conversion into another currency are one amount: "营收1724亿元，同比增长11%，约合236亿
 * 美元", "RMB172.4 billion, up 11%, or about $23.6 billion". Never a part and its whole, nor two amounts
 * compared: a share or ratio that pairs them divides a figure by itself.
 */
import type { Quantity } from '../../model';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { isPlainMoney } from './operands';
import { textBefore, type SentenceView } from './view';

/** The words that introduce a conversion right before the converted figure. */
const CONVERSION_BEFORE_ZH = new RegExp(`(?:约合|折合|折算(?:成|为)?|换算(?:成|为|下来)?)\\s*(?:${HEDGE_ZH})?\\s*$`);
const CONVERSION_BEFORE_EN = new RegExp(`[,(]\\s*(?:or|i\\.e\\.,?|equivalent to)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');

/** Whether one of a and b restates the other in another currency, in this sentence. */
export function restatesInOtherCurrency(view: SentenceView, a: Quantity, b: Quantity): boolean {
  if (!isPlainMoney(a) || !isPlainMoney(b) || a.currency === b.currency) return false;
  if (!view.quantities.includes(a) || !view.quantities.includes(b)) return false;
  const [earlier, later] = a.start < b.start ? [a, b] : [b, a];
  const before = textBefore(view, later, 16);
  if (!CONVERSION_BEFORE_ZH.test(before) && !CONVERSION_BEFORE_EN.test(before)) return false;
  // The converted figure is the nearest amount of money before the conversion (a rate of change may stand between).
  const moneyBefore = view.quantities.filter((q) => q.end <= later.start && isPlainMoney(q));
  return moneyBefore[moneyBefore.length - 1] === earlier;
}
