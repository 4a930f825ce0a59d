/**
 * A figure the next sentence dates: 'They said it "never got beyond a $2.2 billion valuation." That was
 * the price of its June 2023 round, but…', "估值一度为22亿美元。这是2023年6月那一轮的价格。" A sentence
 * that opens by pointing back at the last figure ("That was", "This is", 这是, 那是, 此为) and names a
 * past date places that figure at that moment: it is history, not a current figure gone out of date, so
 * a newer figure of its series does not make it stale.
 *
 * Read only for the last figure of its sentence (the one "that" can point back at), and only when the
 * next sentence's date had ended by the document's date.
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
