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
 *
 * The other way round, the aside dates only the start: in "from $500M at $4B (Series C, May 2022) to $2B
 * at $20B (Series D)", May 2022 is when the start was, so the figures after "to" do not take it
 * (startAsideBefore). The start may carry its price or worth ("$500M at $4B") before the aside.
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

/** "from $500M at $4B (": "from", the start figure, perhaps "at" and its worth, then the aside. */
const FROM_START_BEFORE_ASIDE =
  /(?<![A-Za-z])from\s+(?:(?:about|around|roughly|nearly|approximately|almost|some|over)\s+)?[$€£¥]?\s?\d[\d.,]*\s*(?:billion|million|trillion|bn|mn|[BMK%])?(?:\s+at\s+(?:a\s+)?[$€£¥]?\s?\d[\d.,]*\s*(?:billion|million|trillion|bn|mn|[BMK])?(?:\s+(?:valuation|post-money|pre-money))?)?\s*$/i;

/**
 * The bracketed aside on a change's start that stands before figure q, across "to": its dates are the
 * start's, not q's. Undefined when q is not on the change's far side.
 */
export function startAsideBefore(text: string, q: Span, sentence: Span): Span | undefined {
  const before = text.slice(sentence.start, q.start);
  const to = before.search(/\)\s*to\s[^()]*$/i);
  if (to < 0) return undefined;
  const close = sentence.start + to;
  const open = text.lastIndexOf('(', close);
  if (open < sentence.start || text.slice(open + 1, close).includes(')')) return undefined;
  if (!FROM_START_BEFORE_ASIDE.test(text.slice(Math.max(sentence.start, open - 64), open))) return undefined;
  return { start: open, end: close + 1 };
}
