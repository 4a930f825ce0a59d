/**
 * A figure the next sentence dates: 'They said it "never got beyond a $2.2 billion valuation." That was
 * the price of its June 2023 round, but…', "估值一度为22亿美元。这是2023年6月那一轮的价格。" A sentence
 * that opens by pointing back at the last figure ("That was", "This is", 这是, 那是, 此为) and names a
 * past date places that figure at that moment: it is history, not a current figure gone out of date, so
 * a newer figure of its series does not make it stale.
 *
 * Read only for the last figure of its sentence (the one "that" can point back at), and only when the
 * next sentence's date had ended by the document's date.
 *
 * The same holds for the clause right after the figure when it says whose figure it is: "很多报道说估值
 * 1570亿美元，这是去年10月那一轮的数字", "valued at $157 billion, which is the figure from last October's
 * round" (datedByNextClause). There the clause must name the figure as such (的数字, 的数据, "the figure",
 * "the number"), not merely go on about it ("，这是一个新高").
 * Part of the judge (judge.ts, through verdicts/supported.ts): it knows nothing of findings or messages.
 */
import type { Claim, Quantity } from '../../model';
import { findPeriods } from '../../bind/periods';

/** The next sentence's opening: a demonstrative that points back, and a copula. */
const POINTS_BACK = /^\s*(?:(?:That|This|It|Those|These)\s+(?:was|were|is|had\s+been|has\s+been|came)\b|(?:这|那|此)(?:一?(?:数字|估值|数据|价格))?(?:是|为|系))/;
/** How far after the claim's sentence the next one is read: one sentence, bounded (no long scans). */
const WINDOW = 200;
/** Where the next sentence ends. */
const SENTENCE_END = /[.!?。！？](?=\s|$)|[。！？]/;

/**
 * `text` is the text the claim's offsets index (its block); `sentenceQuantities` are the figures of the
 * claim's sentence (offsets relative to the sentence).
 */
export function datedByNextSentence(claim: Claim, text: string | undefined, sentenceQuantities: readonly Quantity[] | undefined, documentDate: string | undefined): boolean {
  if (text === undefined || documentDate === undefined || claim.sentence.end > text.length) return false;
  const at = claim.quantity.start - claim.sentence.start;
  if ((sentenceQuantities ?? []).some((q) => q.start > at)) return false;
  const after = text.slice(claim.sentence.end, claim.sentence.end + WINDOW).replace(/^["”’»」』)\]）]+/, '');
  if (!POINTS_BACK.test(after)) return false;
  const end = SENTENCE_END.exec(after);
  const next = end ? after.slice(0, end.index + 1) : after;
  return findPeriods(next, { start: 0, end: next.length }, { documentDate }).some((m) => m.period.end < documentDate);
}

/**
 * Right after the figure, a clause that points back at it as a figure of some moment: "，这是…的数字",
 * "，那是…的数据", ", which is the figure from …", ", that was the number for …".
 */
const CLAUSE_POINTS_BACK =
  /^["”’»」』)\]）]*\s*[,，]\s*(?:(?:that|this|which|it)\s+(?:is|was)\s+(?:(?:the|its|a)\s+)?(?:[\w'’-]+\s+){0,3}?(?:figure|number|valuation|price)\s+(?:from|of|for|in|set\s+(?:in|by))\b|(?:这|那|此)(?:是|为|系)[^，,；;。]{0,30}?的(?:数字|数据|估值|价格))/i;
/** Where that clause ends. */
const CLAUSE_END = /[;；。!?！？]|[.](?=\s|$)/;

/** The clause right after the figure names it as the figure of a moment that had passed by the document's date. */
export function datedByNextClause(claim: Claim, sentenceText: string | undefined, documentDate: string | undefined): boolean {
  if (sentenceText === undefined || documentDate === undefined) return false;
  const after = sentenceText.slice(claim.quantity.end - claim.sentence.start, claim.quantity.end - claim.sentence.start + WINDOW);
  if (!CLAUSE_POINTS_BACK.test(after)) return false;
  const end = CLAUSE_END.exec(after);
  const clause = end ? after.slice(0, end.index) : after;
  return findPeriods(clause, { start: 0, end: clause.length }, { documentDate }).some((m) => m.period.end < documentDate);
}
