/**
 * "raised a €105 million seed in June and then €385 million in December, so €490 million raised between
 * June and December", "亚马逊先投12.5亿美元，后投27.5亿美元，两笔合计40亿美元": a figure its own clause
 * states as a total (a total word, or a span "between June and December") after two or more figures of
 * its unit in the same sentence is the sum of those parts. Of a metric that records one event (a round,
 * a deal), it is no single event's amount: only a fact recorded as a total (`cumulative`) can judge it,
 * and the sum itself is the arithmetic checks' to verify. Part of the judge: it knows nothing of findings.
 */
import type { Claim, Fact, Quantity } from '../../model';
import { clauseOf } from './claimSentence';

/** Words that make a figure a total: "in all", "combined", 合计, 累计, 两轮共… */
export const TOTAL_WORD = /\b(?:in all|in total|all told|altogether|combined|together|to date|so far|cumulative(?:ly)?|a total of)\b|合计|累计|共计|总计|一共|总共|加起来|[两二三四几]笔共|[两二三四几]轮共/i;
/**
 * A span named as the figure's own: "between June and December", "from June to December", "over the two rounds";
 * or the rounds named as the subject of the sum: "the two rounds brought in", "both raises totalled".
 */
const SPAN_WORDS = /\bbetween\s+\S+(?:\s+\S+){0,2}\s+and\s+\S+|\bover the (?:two|three|four|\d+) (?:rounds|deals|tranches)\b|\b(?:the|these|those|both)\s+(?:(?:two|three|four|\d+)\s+)?(?:rounds|raises|deals|tranches|investments)\s+(?:together\s+|combined\s+)?(?:brought in|raised|totall?ed|came to|come to|added up to|add up to|amounted to)\b|[两二三四几]轮|[两二三四几]笔/i;

function sameUnit(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && a.currency === b.currency;
}

/** The claim is stated as the total of two or more figures of its unit before it in the sentence. */
export function statedAsSumOfParts(claim: Claim, sentence: string | undefined, quantities: readonly Quantity[] | undefined): boolean {
  const clause = clauseOf(claim, sentence);
  if (clause === undefined || !quantities || !(TOTAL_WORD.test(clause) || SPAN_WORDS.test(clause))) return false;
  const at = claim.quantity.start - claim.sentence.start;
  const parts = quantities.filter((q) => q.end <= at && sameUnit(q, claim.quantity));
  return parts.length >= 2;
}

/** For a one-event metric, the facts a sum of parts can be judged by: those recorded as totals. */
export function totalsForSum(claim: Claim, oneOff: boolean, sentence: string | undefined, quantities: readonly Quantity[] | undefined, facts: Fact[]): Fact[] {
  if (!oneOff || !statedAsSumOfParts(claim, sentence, quantities)) return facts;
  return facts.filter((f) => f.qualifiers.includes('cumulative'));
}
