/**
 * The period a change is measured against is not the change's own. In "revenue $35.08 billion, up 17% on
 * the second quarter" the second quarter is the base: the 17% is the growth into the quarter the sentence
 * is about, so the nearest period must not date it. Likewise "rose 22% from the third quarter", "up 9%
 * over the prior quarter", "a 12% gain versus 2023", and in Chinese "较上季度增长17%", "比2023年增长9%",
 * "相比第二季度下降5%".
 *
 * English: a percentage or multiple followed only by a comparison preposition (on, over, from, against,
 * versus, compared with) and an article before the period. Chinese: 较/比/相比 right before the period and
 * a verb of change right after it, with no figure between.
 */
import type { Span } from '../model';

const AFTER_CHANGE_EN =
  /(?:\d\s*(?:%|percent|per\s+cent)|\d\s*(?:x|times)|-fold)\s+(?:(?:quarter|year|month)[- ]on[- ](?:quarter|year|month)\s+)?(?:on|over|from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:the|a|its|their)\s+)?$/i;
const BEFORE_ZH = /(?:较|比|相比于?|相较于?)\s*$/;
const CHANGE_AFTER_ZH = /^[^，,。；;\d]{0,4}?(?:增长|增加|上涨|上升|提升|提高|下降|下滑|减少|下跌|回落|翻番|翻倍)/;

/** The period at m is the base a change is measured against. */
export function isChangeBase(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 48), m.start);
  if (AFTER_CHANGE_EN.test(before)) return true;
  return BEFORE_ZH.test(before) && CHANGE_AFTER_ZH.test(text.slice(m.end, m.end + 12));
}
