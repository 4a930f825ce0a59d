/**
 * "$107.6 billion of AWS sales (up from roughly $90 billion)": a baseline in brackets right after the
 * figure it is compared with is of an earlier moment the text does not place. With no period of its own,
 * the latest fact would be the wrong one, and the entity read past the bracket may be another's, so the
 * binder leaves its measure unbound (the arithmetic still reads it).
 */
import type { Quantity, Span } from '../model';

/** A bracket opened right after a figure, then the words of a baseline: "$107.6B of AWS sales (up from roughly". */
const BRACKETED_BASELINE = /\d[^()（）]{0,30}[(（]\s*(?:up|down)?\s*(?:from|versus|vs\.?|against)\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$/i;

/** Whether the figure opens a bracketed baseline right after another figure, within its clause. */
export function isBracketedBaseline(text: string, q: Quantity, clause: Span): boolean {
  return BRACKETED_BASELINE.test(text.slice(Math.max(clause.start, q.start - 40), q.start));
}
