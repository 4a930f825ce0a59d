/**
 * "burn $115 billion of cash through 2029", "until 2027", 到2029年累计烧钱, 累计到2029年: a flow counted up
 * to a year runs from some start the words do not give to that year's end, so it is not the year's own
 * figure. Read as 2029's, a correct cumulative total is called another period's figure. In Chinese 到/至
 * alone sets a target year ("到2029年收入将达到…" is 2029's figure): the count needs its 累计/合计/总共.
 */
import type { PeriodMention } from './periods';

/** The word that makes the year the end of a running count, perhaps with "the end of". */
const UP_TO_BEFORE = /(?<![A-Za-z])(?:through|thru|until|till|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:(?:fiscal|calendar)\s+(?:year\s+)?)?$/i;

const CUMULATIVE_ZH = '(?:累计|累积|总计|合计|共计|一共|总共)';
/**
 * 到2029年累计, 截至2029年为止合计: "up to" before the year, the cumulative word right after it. Not the 至 of
 * a range of years ("2025年至2029年累计"): that names both ends, and is the range's reading to give.
 */
const UP_TO_BEFORE_ZH = /(?<!(?:年|月|日|季度|财年|\d)\s*)(?:到|至|截至|截止到?|直到)\s*$/;
const CUMULATIVE_AFTER_ZH = new RegExp(`^\\s*(?:为止|止)?[，,]?\\s*(?:将|要|会)?\\s*${CUMULATIVE_ZH}`);
/** 累计到2029年: the cumulative word and "up to" before the year. */
const CUMULATIVE_UP_TO_BEFORE_ZH = new RegExp(`${CUMULATIVE_ZH}(?:将|要|会)?\\s*(?:到|至)\\s*$`);

/** The year at m ends a running count of a flow: the sentence names no period the figure can take. */
export function endsRunningCount(text: string, m: PeriodMention): boolean {
  if (m.spec.t !== 'year' || m.since) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (UP_TO_BEFORE.test(before) || CUMULATIVE_UP_TO_BEFORE_ZH.test(before)) return true;
  return UP_TO_BEFORE_ZH.test(before) && CUMULATIVE_AFTER_ZH.test(text.slice(m.end, m.end + 12));
}
