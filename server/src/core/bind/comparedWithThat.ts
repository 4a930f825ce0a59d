/**
 * A figure its own clause sets against what was said before ("…, and the ~$75 billion plan is roughly 43%
 * above that", "约750亿美元的计划比这一水平高约43%") is of another time than the figure it is compared with:
 * the subject is the same (the clause names no other), and a thing is not 43% above itself. So the date of
 * the earlier clause or sentence, which dates the figure "that" points at ("Alphabet lifted spend 63% in
 * 2024"), is the comparison's base and not carried on to the figure; a period the clause writes itself
 * still dates it. Like a clause that steps on in time (steppedOn.ts).
 *
 * English: a percentage or multiple, then above / below / higher than / more than (or nothing, for a
 * multiple) and that / this / it / this level; only when the clause names no other subject (no
 * capitalised word before the figure: "Microsoft's $56 billion was 44% above that" compares two
 * companies in one year). Chinese: 比/较 + 这(一)/此/其/该 (+ 水平, 数字, 规模) + a verb of more or less, or
 * 是这一水平的N倍; read only for a figure its clause calls a plan, guide or target (计划, 指引, 预算, 目标),
 * since a Chinese subject is not told by its letters.
 */
import type { Span } from '../model';

const THAT_EN = String.raw`(?:that|this|it|this\s+level|that\s+level|that\s+figure|that\s+total)`;
const COMPARED_EN = new RegExp(
  String.raw`(?:\d\s*(?:%|percent|per\s+cent)|\d\s*(?:x|times)|-fold)\s+(?:above|below|ahead\s+of|(?:higher|lower|more|less|bigger|smaller|larger)\s+than|over|on\s+top\s+of)\s+${THAT_EN}(?![A-Za-z])|\d\s*(?:x|times)\s+${THAT_EN}(?![A-Za-z])`,
  'i',
);
const COMPARED_ZH = /(?:比|较)(?:这一?|此|其|该|上述)(?:水平|数字|规模|金额|数)?(?:高出?|低|多出?|少|增长|增加|提高|下降)|是(?:这一?|此|其|该)(?:水平|数字|规模|金额|数)?的\s*(?:约|近)?\s*[\d.]+\s*倍/;
const PLAN_ZH = /计划|指引|预算|目标/;
/** What may open the clause before the figure without naming a subject: a joiner, a determiner. */
const LEAD_EN = /^\s*(?:(?:and|but|while|so|yet)\s+)?(?:(?:the|its|their|this|that|his|her|our)\s+)?/i;

/** Whether q's clause compares the figure with what the text said before it. */
export function comparedWithThat(text: string, clause: Span, q: Span): boolean {
  const words = text.slice(clause.start, clause.end);
  // The clause names no subject of its own before the figure (no capitalised word past a determiner).
  if (COMPARED_EN.test(words)) return !/[A-Z]/.test(text.slice(clause.start, q.start).replace(LEAD_EN, ''));
  return COMPARED_ZH.test(words) && PLAN_ZH.test(words);
}
