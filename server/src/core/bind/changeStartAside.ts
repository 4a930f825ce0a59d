/**
 * A figure in a bracketed aside on the start of a change is of the start's moment: in "Acme went from $2
 * billion (raising $300 million) to $5 billion in May", the $300 million is what the company raised when
 * it was worth $2 billion, some earlier time the sentence does not give; May dates the $5 billion the
 * change went to. A date outside the aside is not the aside's figure's (a date inside it is: "(raising
 * $300 million in 2023)").
 *
 * The aside opens right after a figure that "from" introduces and is followed by "to" and the change's
 * end ("from $2 billion (…) to"); the start figure itself is a baseline, dated only by its own words
 * (baselineDate.ts).
 */
import type { Span } from '../model';

const FROM_FIGURE_BEFORE = /(?<![A-Za-z])from\s+(?:(?:about|around|roughly|nearly|approximately|almost|some|over)\s+)?[$€£¥]?\s?\d[\d.,]*\s*(?:billion|million|trillion|bn|mn|[BMK%])?\s*$/i;
const TO_AFTER = /^\s*to\s/i;

/** The bracketed aside on a change's start that figure q stands in, if it does. */
export function changeStartAside(text: string, q: Span, sentence: Span): Span | undefined {
  const open = text.lastIndexOf('(', q.start);
  if (open < sentence.start || text.slice(open, q.start).includes(')')) return undefined;
  const close = text.indexOf(')', q.end);
  if (close < 0 || close >= sentence.end || text.slice(q.end, close).includes('(')) return undefined;
  if (!FROM_FIGURE_BEFORE.test(text.slice(Math.max(sentence.start, open - 48), open))) return undefined;
  return TO_AFTER.test(text.slice(close + 1, close + 8)) ? { start: open, end: close + 1 } : undefined;
}
