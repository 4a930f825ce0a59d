/**
 * Two readings that keep an older figure from being stale (verdicts/supported.ts, step 5). Stale says
 * the writer quotes an old figure as if it still stood; neither holds when
 * - the figure carries its own date right beside it ("the $1.25 billion of September", "9月的12.5亿美元",
 *   "480 trillion tokens a month in May", a rate's denominator between), even one the binder could not
 *   place on the calendar, or its sentence writes a date the binder left unplaced (unplacedDateInSentence):
 *   the writer dates it, so it is that moment's;
 * - the figure is a part beside its whole: the newer figure is written in the sentence and another
 *   figure of it makes up the difference ("completed its $4 billion investment by adding $2.75 billion
 *   to the $1.25 billion"): the writer knows the total and sums the steps on purpose. The newer figure
 *   merely written beside the older one is not enough ("worth $2 trillion; first closed above $3
 *   trillion in June" still quotes an old level as current).
 * Part of the judge: it knows nothing of findings or messages.
 */
import type { Claim, Fact, Quantity } from '../../model';
import { pointMatches, unitFits } from './factMatch';
import { scanPeriods } from '../../bind/periods';
import { MONTH_NAME_EN } from '../../text/monthNames';

const MONTH_EN = `(?:${MONTH_NAME_EN})`;
/** "of September", "in March", "from Q3", "of last autumn" right after the figure (or after its rate: "a month in May"). */
const OWN_DATE_AFTER_EN = new RegExp(String.raw`^\s*(?:(?:a|an|per|each|every)\s+(?:day|week|month|quarter|year)\s+)?(?:of|in|from|as\s+of)\s+(?:(?:last|early|late|mid-?)\s+)?(?:${MONTH_EN}|Q[1-4]|spring|summer|autumn|fall|winter)\b`, 'i');
/** "9月的", "三季度的", "去年秋天的" right before the figure. */
const OWN_DATE_BEFORE_ZH = /(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|底|初|中)?的\s*$|[一二三四1-4]季度(?:末)?的\s*$|(?:春天|夏天|秋天|冬天|年初|年中)的\s*$/;

export function datedBesideIt(claim: Claim, sentenceText: string | undefined): boolean {
  if (sentenceText === undefined) return false;
  const start = claim.quantity.start - claim.sentence.start;
  const end = claim.quantity.end - claim.sentence.start;
  return (
    OWN_DATE_AFTER_EN.test(sentenceText.slice(end, end + 40)) ||
    OWN_DATE_BEFORE_ZH.test(sentenceText.slice(Math.max(0, start - 12), start))
  );
}

/**
 * The sentence writes a date (not "now", not "since …", which say a figure still stands) that the
 * binder left off the calendar: "by October" may look ahead, so in "480 trillion in May, 980 trillion
 * in July and 1.3 quadrillion by October" the year-less months stay unresolved. The writer dated the
 * figures all the same, as surely as with a date the binder placed (verdicts/supported.ts weighs those).
 */
export function unplacedDateInSentence(sentenceText: string | undefined, documentDate: string | undefined): boolean {
  if (sentenceText === undefined) return false;
  return scanPeriods(sentenceText, { start: 0, end: sentenceText.length }, { documentDate }).some((m) => m.period === undefined && m.kind !== 'present' && !m.since);
}

/** How close part + rest must come to the whole: rounding of figures written to two or three digits. */
const SUM_TOLERANCE = 0.02;

/** `sentenceQuantities`: the sentence's figures (JudgeContext.sentenceQuantities). */
export function partBesideWhole(claim: Claim, newest: Fact, sentenceQuantities: readonly Quantity[] | undefined): boolean {
  if (sentenceQuantities === undefined) return false;
  const own = claim.quantity.start - claim.sentence.start;
  const like = sentenceQuantities.filter(
    (q) => q.start !== own && q.kind === claim.quantity.kind && q.kind !== 'vague' && unitFits(q.kind, q.currency, newest, q.kind === 'number' ? q.unit : undefined),
  );
  return like.some(
    (whole) =>
      pointMatches(whole.value, newest) &&
      like.some((rest) => rest !== whole && Math.abs(claim.quantity.value + rest.value - whole.value) <= SUM_TOLERANCE * whole.value),
  );
}
