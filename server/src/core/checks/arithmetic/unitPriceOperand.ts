/**
 * A price of one unit is never an operand of a ratio with a total: "37.5 million shares at $40, roughly
 * half of the $2.7 billion" sets no $40 against $2.7 billion. A price is a money figure written per one
 * unit ("$40 a share", 每股40美元, "$15,000 each": unitPrice.ts), or one written after a count and "at"
 * ("37.5 million shares at $40", "1,000 GPUs at about $30,000"): a count priced at a figure names what
 * each of them cost.
 */
import type { Quantity } from '../../model';
import { HEDGE_EN } from './cues';
import { isUnitPrice } from './unitPrice';
import { gapBetween, neighbour, type SentenceView } from './view';

/** Between a count and its price: the counted noun (a word or two) and "at" ("shares at", "GPUs priced at"). */
const COUNT_AT_EN = new RegExp(`^\\s+(?:[A-Za-z][\\w-]*\\s+){1,2}(?:priced\\s+|sold\\s+)?at\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "3750万股，发行价40美元", "以每股": a price word before the figure. */
const PRICE_WORD_BEFORE_ZH = /(?:发行价|招股价|每股|单价|售价)(?:为|是|定为|约|约为)?\s*$/;

export function isUnitPriceOperand(view: SentenceView, q: Quantity): boolean {
  if (q.kind !== 'money') return false;
  if (isUnitPrice(view, q)) return true;
  const prev = neighbour(view, q, -1);
  if (prev && (prev.kind === 'count' || prev.kind === 'number') && COUNT_AT_EN.test(gapBetween(view, prev, q))) return true;
  return PRICE_WORD_BEFORE_ZH.test(gapBetween(view, prev ?? { start: view.span.start, end: view.span.start }, q));
}
