/**
 * "微软2019年投了10亿美元，2023年又投了100亿美元，累计约130亿美元", "$1 billion in 2019 and $10 billion in
 * 2023, some $13 billion to date": a running total (累计, 迄今, "to date", "so far") counts everything up
 * to now, and a list of parts before it need not be complete (an investment in between may go unmentioned).
 * A total above the listed parts is then consistent; only one below them is a sure error. Unless the
 * parts are said to be all of it: "两笔累计", "the two to date" count them. Part of the sums detector (sums.ts).
 */
import type { Quantity } from '../../model';
import { sumOf } from './operands';
import { hedgedInterval } from './roundedHedge';
import { gapBetween, textAfter, type SentenceView } from './view';

/** Words that make a total the sum so far, not of the listed parts only. */
const RUNNING_TOTAL = /累计|迄今|至今|截至目前|到目前为止|\bto date\b|\bso far\b|\bcumulative(?:ly)?\b|\bsince (?:then|its founding)\b/i;
/** Words that say the listed parts are all of it: "两笔", "这两轮", "二者", "both", "the two", "these three". */
const PARTS_COUNTED = /[两二三四]笔|[两二三四]轮|[两二三四]次|[两二三四]者|这几笔|\bboth\b|\b(?:the|these|those) (?:two|three|four)\b/i;

/** The total is a running total above the sum of parts that are not said to be complete. */
export function openTotalAboveParts(view: SentenceView, total: Quantity, lastPart: Quantity, parts: readonly Quantity[]): boolean {
  const words = gapBetween(view, lastPart, total) + ' ' + textAfter(view, total, 30);
  if (!RUNNING_TOTAL.test(words) || PARTS_COUNTED.test(words)) return false;
  const stated = hedgedInterval(total);
  const sum = sumOf(parts);
  return stated.low !== null && sum.high !== null && sum.high < stated.low;
}
