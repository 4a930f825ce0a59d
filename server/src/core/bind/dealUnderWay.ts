/**
 * "It was worth $3 billion by June, and CNBC says it is closing $500 million at $9 billion": a round
 * or deal its own clause tells in the present progressive ("is closing", "is raising", "are in talks to
 * raise", "is finalizing", "is in talks at $5 billion") is under way at the moment of writing. A date written in another clause of
 * the sentence, or in an earlier sentence, dates what happened then, not this deal, so the figure takes
 * none of them and is judged as undated (against what was known by the draft's date). A date in the
 * figure's own clause ("is closing $500 million this month") is read before this (periodBinding.ts).
 * English only: Chinese marks the moment with a word (正在, 目前) the period patterns read.
 */
import type { Quantity, Span } from '../model';

/** The present progressive of a deal verb, then the deal's own words up to the figure ("$500 million at"). */
const UNDER_WAY = /\b(?:is|are)\s+(?:now\s+|reportedly\s+|currently\s+)?(?:closing|raising|seeking|finali[sz]ing|negotiating|in\s+(?:talks|negotiations|discussions)(?:\s+to\s+raise)?)\s[^,;:()，；。]{0,60}$/i;

/** The figure's clause tells, before it, a deal under way now (its amount, or the valuation it is at). */
export function dealUnderWay(text: string, clause: Span, q: Quantity): boolean {
  return underWayMatch(text, clause, q) !== undefined;
}

/** Where the words telling the deal under way begin, before the figure in its clause. */
function underWayMatch(text: string, clause: Span, q: Quantity): number | undefined {
  if (q.start < clause.start || q.start > clause.end) return undefined;
  const from = Math.max(clause.start, q.start - 120);
  const m = UNDER_WAY.exec(text.slice(from, q.start));
  return m ? from + m.index : undefined;
}

/** "and", "but" right before the deal's verb: a predicate coordinated with the one before it. */
const COORDINATED = /\b(?:and|but)\s+(?:(?:it|now|also)\s+)?$/i;

/**
 * Where the words telling the deal under way begin ("is reportedly in talks at …"), when the figure's
 * clause tells one before it in a predicate coordinated with another: a date written before them in
 * the same clause belongs to that other predicate ("raised $270 million in June 2023 and is in talks
 * at $5 billion"), not to this deal. (A reporting date, "Reuters reported on March 28 that it is in
 * talks", is no coordinated predicate's: it still dates the talks.)
 */
export function underWayFrom(text: string, clause: Span, q: Quantity): number | undefined {
  const start = underWayMatch(text, clause, q);
  if (start === undefined) return undefined;
  return COORDINATED.test(text.slice(Math.max(clause.start, start - 20), start)) ? start : undefined;
}
