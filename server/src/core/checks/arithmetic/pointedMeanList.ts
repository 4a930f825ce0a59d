/**
 * A sentence that points back may restate the sentence before as several rates joined by "or": "That's $225
 * billion a year, or about $47 billion per gigawatt.", "That is some $47 billion per gigawatt, or $125 billion a
 * year." Each rate is the sentence before's total over one of its measures, so the one per year is a mean
 * over its stretch of years (average.ts) as surely as if it stood alone: the list only says the same total
 * two ways. Nothing else may stand in the sentence: every amount is a rate (a denominator of its own), the
 * rates are joined only by ", or" and a hedge, and the sentence ends after the last one.
 */
import type { Quantity } from '../../model';
import { HEDGE_EN, POINTER_OPENS_EN } from './cues';
import { checkable } from './operands';
import { gapBetween, isDuration, type SentenceView } from './view';

/** The rate's denominator when the recogniser left it outside the amount: "a year", "per gigawatt". */
const DENOMINATOR = '(?:(?:a|an|per|each)\\s+[a-z-]+)';
const JOIN = new RegExp(`^\\s*${DENOMINATOR}?\\s*,\\s*or\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const END = new RegExp(`^\\s*${DENOMINATOR}?\\s*(?:,?\\s*on average)?\\s*[.;!]?\\s*$`, 'i');
const OWN_DENOMINATOR = new RegExp(`^\\s*${DENOMINATOR}\\b`, 'i');

function isRate(view: SentenceView, q: Quantity, next: Quantity | undefined): boolean {
  if (!checkable(q) || isDuration(q) || (q.kind !== 'money' && q.kind !== 'count')) return false;
  if (q.per) return true;
  const until = next ? next.start : view.span.end;
  return OWN_DENOMINATOR.test(view.text.slice(q.end - view.span.start, until - view.span.start));
}

/** `x` is one of two or more rates, joined by "or", that make up a sentence pointing back ("That's A a year, or B per GW."). */
export function inPointedMeanList(view: SentenceView, x: Quantity): boolean {
  const qs = view.quantities;
  if (view.lang !== 'en' || qs.length < 2 || !qs.includes(x)) return false;
  const opening = view.text.slice(0, qs[0].start - view.span.start).replace(/^[-*+\s]*/, '');
  if (!POINTER_OPENS_EN.test(opening)) return false;
  for (let i = 0; i < qs.length; i++) {
    if (!isRate(view, qs[i], qs[i + 1])) return false;
    if (i + 1 < qs.length && !JOIN.test(gapBetween(view, qs[i], qs[i + 1]))) return false;
  }
  const last = qs[qs.length - 1];
  return END.test(view.text.slice(last.end - view.span.start));
}
