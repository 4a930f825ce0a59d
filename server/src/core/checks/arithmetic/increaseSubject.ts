/**
 * "净利润…增加约254亿美元，是上一财年的近7倍": an amount written as an increase (增加, 增长, 多了, 提高 right
 * before it) that is then said to be "B的N倍" is read two ways: the increase is N times B, or the level it
 * brings (B plus the increase) is. Chinese writes both, so a ratio check must accept either (named.ts),
 * as 增长了N倍 is never called wrong for the reading it does not fit (ambiguousGrowth.ts).
 */
import type { Quantity } from '../../model';
import { HEDGE_ZH } from './cues';
import { textBefore, type SentenceView } from './view';

/** The increase verb right before the amount, with 了, 出 and a hedge allowed between ("增加了约", "多出"). */
const INCREASE_BEFORE_ZH = new RegExp(`(?:增加|增长|上涨|上升|提高|提升|扩大|多赚|多|增)(?:了|出)?\\s*(?:${HEDGE_ZH})?\\s*$`);

/** The amount is written as the size of an increase. */
export function writtenAsIncrease(view: SentenceView, q: Quantity): boolean {
  return view.lang === 'zh' && INCREASE_BEFORE_ZH.test(textBefore(view, q, 12));
}
