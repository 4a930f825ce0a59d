/**
 * "$500 billion is visibility on orders through calendar 2026", "a backlog running out to 2027", 截至2026年底
 * 的订单: the year names the horizon the figure runs to, not when the figure was stated. When every deciding
 * fact is a statement as of one day (an instant) before that horizon ends, a figure that matches it is that
 * statement's, told with its horizon: no other period. The wrong period stays information (findings.ts).
 * A flow counted up to a year is throughYear.ts's business (the binder gives it no period); this is the
 * level stated on a day (a backlog, visibility, orders in hand), whose period the binder reads as the year.
 */
import type { Claim, Fact } from '../../model';

/** Right before the year: "through", "until", "out to", "up to" (with "the end of", "calendar", "fiscal"). */
const HORIZON_BEFORE_EN = /\b(?:through|thru|until|till|out\s+to|up\s+to|running\s+to|extending\s+to)\s+(?:the\s+end\s+of\s+)?(?:(?:fiscal|calendar)\s+(?:year\s+)?)?$/i;
/** 截至/到/直到 before the year, and the year's end then 的 after it: 截至2026年底的订单. */
const HORIZON_BEFORE_ZH = /(?:截至|截止到?|直到|到)\s*$/;
const HORIZON_AFTER_ZH = /^\s*(?:年底|年末|底|末)?(?:为止)?(?:前)?的/;

/**
 * The claim's period is a horizon its words run the figure to, and every deciding fact was stated on one
 * day before that horizon ends. `sentenceText` is the claim's sentence (offsets from `claim.sentence.start`).
 */
export function horizonOfStatement(claim: Claim, deciding: readonly Fact[], sentenceText: string | undefined): boolean {
  const period = claim.period;
  const span = period?.span;
  if (!period || !span || sentenceText === undefined || deciding.length === 0) return false;
  const start = span.start - claim.sentence.start;
  const end = span.end - claim.sentence.start;
  if (start < 0 || end > sentenceText.length) return false;
  const before = sentenceText.slice(Math.max(0, start - 40), start);
  const after = sentenceText.slice(end, end + 8);
  const horizon = HORIZON_BEFORE_EN.test(before) || (HORIZON_BEFORE_ZH.test(before) && HORIZON_AFTER_ZH.test(after));
  return horizon && deciding.every((f) => f.period.start === f.period.end && f.period.end < period.value.end);
}
