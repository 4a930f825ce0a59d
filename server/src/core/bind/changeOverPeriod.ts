/**
 * "grew from $24.3 billion to $28.52 billion over fiscal 2024", "2024财年期间，收入从243亿美元增至285.2亿
 * 美元": the two ends of a change written as happening over a period are the levels it began and ended
 * at, inside that period (the quarter that opened it, the one that closed it), not the period's totals.
 * So the period dates neither end as a whole: the figure after "to" is left undated, as the one after
 * "from" already is (baselineDate.ts). Part of period binding (periodBinding.ts).
 */
import type { Quantity, Span } from '../model';

/** Right before the figure: "from … to", "从…增至/到". */
const TO_END_EN = /(?<![A-Za-z])from\s+[^,;:()]{1,60}?\s+to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$/i;
const TO_END_ZH = /从[^，。；：,;:]{1,30}?(?:增长|增加|上升|提升|下降|减少|回落|增|升|涨|降|跌|减|提高)?(?:到|至)\s*(?:约|近|超)?\s*$/;
/** Between the figure and the period: "over", "during", "across", "through the course of". */
const OVER_BETWEEN_EN = /^\s*(?:over|during|across|throughout|in\s+the\s+course\s+of)\s+(?:the\s+(?:course\s+of\s+(?:the\s+)?)?)?$/i;
/** After the period, before the change: "2024财年期间，", "2024年内". */
const WITHIN_AFTER_ZH = /^\s*(?:期间|之内|内|当中|里)\s*[，,]?/;

/**
 * q is the end of a "from … to" change written as happening over the mention's period (written after
 * the figure in English, before the change in Chinese).
 */
export function endOfChangeOver(text: string, q: Quantity, m: Span, clauseStart: number): boolean {
  const before = text.slice(Math.max(0, q.start - 100), q.start);
  if (m.start >= q.end) return TO_END_EN.test(before) && OVER_BETWEEN_EN.test(text.slice(q.end, m.start));
  if (m.end > q.start || m.start < Math.max(0, clauseStart - 40)) return false;
  return TO_END_ZH.test(text.slice(m.end, q.start)) && WITHIN_AFTER_ZH.test(text.slice(m.end, m.end + 6));
}
