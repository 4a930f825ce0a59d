/**
 * A multiple after a growth rate restates the rate's change: "came to $12.2 billion, up 220% from $3.8
 * billion, or more than four times", "from $27 billion to $60.9 billion, up 126%, or about 2.3 times",
 * "较38亿美元增长220%，即3倍多". The change is the one the rate is read for (changeForRate); the multiple
 * is its new value over its old one.
 *
 * Only a restatement ("or", "i.e.", 即, 相当于) right after the rate or after the value the rate was
 * measured from, only for a rise, and never a multiple of something else ("or four times the
 * industry's growth").
 */
import type { Quantity } from '../../model';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { changeForRate, type Change } from './growthPatterns';
import { gapBetween, textAfter, type SentenceView } from './view';

const RESTATING_TAIL = new RegExp(`^\\s*[,，]\\s*(?:(?:or|i\\.e\\.)\\s+(?:${HEDGE_EN}\\s+)*|(?:即|也就是|相当于)(?:${HEDGE_ZH})*)\\s*$`, 'i');

/** "four times the …", "four times as much as", "三倍于": the multiple is of another thing. */
const OF_ANOTHER_THING = /^\s*(?:the|that|those|its|their|of|as|than|what)\b|^\s*于/i;

export function restatedChange(view: SentenceView, m: Quantity, changes: Change[]): Change | undefined {
  const k = view.quantities.indexOf(m);
  const prev = view.quantities[k - 1];
  if (!prev || !RESTATING_TAIL.test(gapBetween(view, prev, m))) return undefined;
  if (OF_ANOTHER_THING.test(textAfter(view, m, 16))) return undefined;
  const rate = prev.kind === 'percent' ? prev : view.quantities[k - 2];
  if (!rate || rate.kind !== 'percent') return undefined;
  const c = changeForRate(view, rate, changes);
  if (!c || c.direction !== 'up') return undefined;
  return prev === rate || prev === c.old || prev === c.new ? c : undefined;
}
