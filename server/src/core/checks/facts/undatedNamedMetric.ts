/**
 * A wrong metric whose figure's own clause names the metric, with the period taken from the context
 * (findings.ts, "metric-not-in-clause"), is still a warning: "The pre-money valuation was €5.8 billion",
 * "毛利率高达545%", "按月活口径，ChatGPT已有8亿用户" under a heading or paragraph that dates them. A wrong
 * metric says the figure is another measure's, which the words next to the number decide; the period the
 * context lends only picks which facts are compared, and a figure that is exactly another metric's figure
 * of the company is that metric's whatever period is meant. Two shapes keep it information, because the
 * clause's metric word is then not the figure's own:
 *
 * - the figure stands in parentheses, an aside to the figure before it (its conversion, "（约62亿美元）",
 *   or a restatement), which the metric word before the parenthesis names, not the aside;
 * - a total word stands before the figure in its clause ("in total", 累计, 共融资): the figure is a sum
 *   over rounds or years, and the metric word names the parts (a round's amount), not the sum.
 *
 * Tabulated with scripts/held-back.mjs (session 21): wrong-metric held back for the context period with the
 * metric explicit, 11 wrong labels newly caught (11 drafts), 2 false alarms, both of the two shapes above.
 * Part of the judge: it knows nothing of findings or messages.
 */
import type { Claim } from '../../model';
import { clauseBounds } from './claimSentence';
import { TOTAL_WORD } from './sumOfParts';

/** 共 right before the figure's verb ("共融资", "共投入约"): the clause's figure is a sum. Not 公共, 共同, 共享. */
const TOTAL_BEFORE_ZH = /(?<!公)共(?![同享识有])[\u4e00-\u9fff]{0,3}\s*$/;

/** An opening parenthesis before the figure in its sentence that no closing one follows. */
function insideParentheses(before: string): boolean {
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  const close = Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
  return open > close;
}

/**
 * The claim's metric is written in its own clause and only its period came from the context, and the
 * figure is neither a parenthesised aside nor a stated total: a wrong metric on it warns.
 * `sentence`: the sentence's prose (JudgeContext.sentenceText).
 */
export function undatedNamedMetric(claim: Claim, sentence: string | undefined): boolean {
  if (sentence === undefined || claim.metric?.how !== 'explicit' || claim.period?.how !== 'context') return false;
  const bounds = clauseBounds(claim, sentence);
  if (!bounds) return false;
  const at = claim.quantity.start - claim.sentence.start;
  if (insideParentheses(sentence.slice(0, at))) return false;
  const clauseBefore = sentence.slice(bounds.start, at);
  return !TOTAL_WORD.test(sentence.slice(bounds.start, bounds.end)) && !TOTAL_BEFORE_ZH.test(clauseBefore);
}
