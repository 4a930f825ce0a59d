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
 *
 * Also the wider comparison bases the period binder sets aside: a comparison's baseline ("比两年前",
 * "than a year ago", "与去年相比"), what a rise is measured "over", and the period a multiple is taken
 * of ("是2022年的5倍", "three times its 2022 level").
 */
import type { Span } from '../model';
import { YEAR_EARLIER_AFTER } from './yearEarlier';

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

/** The figure q stands right after the period at m (past a possessive and a hedge): the base's own figure. */
export function baseFigureAfter(text: string, m: Span, q: Span): boolean {
  const after = text.slice(m.end, m.end + 24);
  if (!OWN_FIGURE_AFTER.test(after)) return false;
  const lead = /^(?:['’]s)?\s+(?:(?:about|around|roughly|nearly|some|almost)\s+)?/i.exec(after)?.[0].length ?? 0;
  return q.start >= m.end && q.start <= m.end + lead;
}

/**
 * "about 60% above 2024", "2.6 times 2023", "81% more than its 2024 outlay", "$43.12 billion above FY2024" (a
 * difference in money): a percentage, multiple or amount
 * followed by a comparative (above, below, ahead of, higher/lower/more/less than) or, for a multiple,
 * nothing at all before the period. The period is what the figure is compared with; unlike the
 * prepositions of change above, these are read only in the figure's own clause (comparedInClause), since
 * an earlier clause of the sentence may give its own figure that year ("went from $32.3B to $52.5B, …, and
 * its 2025 guide is 60% above last year's level"). Not a period with a figure of its own after it ("2.9
 * times fiscal 2024's $29.8 billion": the year dates that figure).
 */
const COMPARATIVE_BEFORE_EN =
  /(?:\d\s*(?:%|percent|per\s+cent)|\d\s*(?:x|times)|-fold|\d\s*(?:billion|million|trillion|bn|[BMK]))\s+(?:above|below|ahead\s+of|(?:higher|lower|more|less)\s+than)\s+(?:(?:the|a|its|their)\s+)?$|\d\s*(?:x|times)\s+$/i;
const OWN_FIGURE_AFTER = /^(?:['’]s)?\s+(?:(?:about|around|roughly|nearly|some|almost)\s+)?[$€£¥]?\d/i;

/** The period at m is what a percentage or multiple right before it is compared with (COMPARATIVE_BEFORE_EN). */
export function comparedByFigure(text: string, m: Span): boolean {
  if (!COMPARATIVE_BEFORE_EN.test(text.slice(Math.max(0, m.start - 48), m.start))) return false;
  return !OWN_FIGURE_AFTER.test(text.slice(m.end, m.end + 24));
}

/** Words that make the period after them a comparison's baseline ("比两年前", "较上年", "than a year ago"). */
const COMPARED_WITH = /(?:比|较|相比于?|(?<![A-Za-z])(?:than|compared (?:with|to)|versus)\s+(?:[A-Za-z'’]+\s+){0,2})$/i;
/** "和两年前的1亿相比", "与去年相比": the words around the period make it the baseline. */
const COMPARED_AROUND_BEFORE = /(?:和|与|同|跟)\s*$/;
const COMPARED_AROUND_AFTER = /^[^，,。；;]{0,12}(?:相比|相较|比较)/;
/** "是2022年的5倍", "three times its 2022 level": the period of the figure multiplied, not of the result. */
const MULTIPLE_OF_BEFORE = /(?:是|为|相当于)\s*$|(?:\b(?:times|twice|double|triple|half)|(?<![\d.])\d+(?:\.\d+)?\s*[x×])\s+(?:(?:the|its|their)\s+)?$/i;
/**
 * "1.8x the year-ago quarter", "twice the prior year": the period named as the whole of what is
 * multiplied, with nothing of its own after it (the clause ends), is the base too.
 */
const PERIOD_AS_BASE = /(?:quarter|year|month|half|period)$/i;
const CLAUSE_ENDS_AFTER = /^\s*(?:[,;:.)]|$)/;
const MULTIPLE_OF_AFTER = /^\s*(?:的\s*(?:近|约|超过|逾|将近|接近|大约)?\s*[\d.一二三四五六七八九十两半]+\s*倍|(?:level|figure|total|revenue|sales|number)\b)/i;

/** The period at m is the baseline of a comparison in its sentence, not the period the sentence is about. */
export function comparedWith(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  const after = text.slice(m.end, m.end + 24);
  return COMPARED_WITH.test(before) || (COMPARED_AROUND_BEFORE.test(before) && COMPARED_AROUND_AFTER.test(after)) || multipleBase(text, m);
}

/** "over fiscal 2023" after a rise: what it is measured against ("over the year" is a span, not a period found here). */
const OVER_BEFORE = /(?<![A-Za-z])over\s+(?:the\s+)?$/i;

/** The period at m is what the rise q is measured against: a comparison's baseline, or "over" + a period after it. */
export function riseBase(text: string, m: Span, q: Span): boolean {
  return comparedWith(text, m) || (m.start >= q.end && OVER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)));
}

/** The period at m is the time a multiple is taken of ("是2022年的5倍", "three times its 2022 level"). */
export function multipleBase(text: string, m: Span): boolean {
  if (!MULTIPLE_OF_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) return false;
  const after = text.slice(m.end, m.end + 24);
  return MULTIPLE_OF_AFTER.test(after) || (PERIOD_AS_BASE.test(text.slice(m.start, m.end)) && CLAUSE_ENDS_AFTER.test(after));
}

/**
 * A number a comparison starts from ("up from $27 billion", "较上年的270亿元") belongs to an earlier
 * period than the sentence's. 同比 and 环比 ("同比增长30%") say what a change is measured against: the
 * change is the sentence's period's, not a starting point. Nor is 比 a comparison in a word for a share
 * (占比, 比例, 比重, 比率: "收入比例为9.6%", "云收入占比达30%"): the share is the sentence's period's figure.
 */
const BASELINE_BEFORE =
  /(?:(?<![A-Za-z])(?:from|compared (?:with|to)|versus|vs\.?|than)\s+(?:[A-Za-z'’]+\s+){0,3}|(?:较|相比于?|(?<![同环占])比(?![例重率])|从)[^\d，,。；;]{0,6})$/i;

/** "$2.28 billion a year earlier" (yearEarlier.ts), "in the same quarter": the figure is the one compared with, said after it. */
const SAME_SPAN_AFTER = /^\s*(?:in\s+)?the\s+same\s+(?:quarter|period)\b/i;

/** The cues are short: read a bounded window on each side, so a long clause stays linear in its figures. */
const BASELINE_WINDOW = 80;

export function isBaseline(text: string, q: Span, clause: Span): boolean {
  const after = text.slice(q.end, Math.min(clause.end, q.end + BASELINE_WINDOW));
  const before = text.slice(Math.max(clause.start, q.start - BASELINE_WINDOW), q.start);
  return BASELINE_BEFORE.test(before) || YEAR_EARLIER_AFTER.test(after) || SAME_SPAN_AFTER.test(after);
}

/**
 * "against $35.1 billion in the October quarter", "versus $22B for Q3", "up from $27B in Q3",
 * "较第三季度的351亿美元", "与上一季度的351亿美元相比": the period dates the figure a comparison is made with,
 * not the one the text is about, so it is no topic for "the same quarter" said after it (periods.ts).
 */
const COMPARED_FIGURE_BEFORE_EN =
  /(?<![A-Za-z])(?:against|versus|vs\.?|compared\s+(?:with|to)|from)\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?[$€£¥]?\s?\d[\d.,]*\s*(?:[A-Za-z%]+\s+){0,2}(?:in|for|during)\s+(?:the\s+)?$/i;
const COMPARED_FIGURE_AFTER_ZH = /^\s*的\s*(?:约|近|超过)?\s*[\d.]+/;

/** The period at m (offsets into `text`) dates the figure a comparison is made with. */
export function datesComparedFigure(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  if (COMPARED_FIGURE_BEFORE_EN.test(before)) return true;
  return (BEFORE_ZH.test(before) || COMPARED_AROUND_BEFORE.test(before)) && COMPARED_FIGURE_AFTER_ZH.test(text.slice(m.end, m.end + 12));
}
