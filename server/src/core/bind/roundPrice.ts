/**
 * A valuation is a worth at a moment, so its year-end (年底, "at the end of 2024") keeps the year's last
 * day (settlePeriod.ts eventAtYearEnd). But a valuation the sentence gives as the price of a round being
 * raised ("年底以90亿美元估值融资5亿美元", "raised $500 million at a $9 billion valuation late in 2024") is
 * set once, by that round: it is dated as the round is, the year-end meaning the year's last weeks.
 *
 * Only the round's own wording counts, around the figure in its clause: 以 before it and 估值 then 融资
 * after it (以约90亿美元的投后估值完成融资), or a verb of raising before it with "at a" right before
 * the figure and "valuation" right after ("raised $500 million at a $9 billion valuation"). A valuation
 * merely stated at the year's end (年底估值约为860亿美元, a tender offer's valuation) keeps the last day.
 */
import type { Span } from '../model';

/** How far on each side of the figure the round's wording is read (its clause is short). */
const REACH = 60;

const ZH_BEFORE = /以(?:约|近|超过|超|逾)?$/;
const ZH_AFTER = /^(?:的)?(?:投后|投前)?估值(?:完成|进行|获得|开启)?(?:了)?(?:[^，,。；;！？\d]{0,6}?)(?:融资|募资|募集)/;
const EN_BEFORE = /\b(?:raised|raises|raising|raise|closed|closes|closing)\b[^.;!?]{0,60}?\bat\s+an?\s+(?:about\s+|roughly\s+|around\s+)?$/i;
const EN_AFTER = /^\s*(?:post-money\s+|pre-money\s+)?valuation\b/i;

/** The valuation at `q` is the price of a round the sentence says was raised at it. */
export function valuationOfRaise(text: string, q: Span): boolean {
  const before = text.slice(Math.max(0, q.start - REACH), q.start);
  const after = text.slice(q.end, q.end + REACH);
  return (ZH_BEFORE.test(before) && ZH_AFTER.test(after)) || (EN_BEFORE.test(before) && EN_AFTER.test(after));
}
