/**
 * Whether a year written earlier in a sentence governs a year-less month after it.
 *
 * "In 2025, paid subscribers peaked at 4.7 million in January" dates January by 2025: the year opens the
 * sentence and dates all of it. In "Revenue doubled to $3.7 billion in 2025, and paid subscribers reached
 * 4.7 million in January" the year is the revenue's, written in its own clause with its own figure; the
 * January of a draft written in February 2026 is, as a reader takes it, January 2026 (the latest one
 * begun by the document's date, periodSpec.ts). A year written with a month or a day ("November 2024 …
 * December") starts a sequence of dates and does carry on.
 */
import type { Quantity, Span } from '../model';
import type { PeriodMention } from './periods';

/** Clause punctuation; a comma between digits is a thousands separator. */
const CLAUSE_BREAK = /[,，;；。:：!?！？]/g;

/** The clause of the sentence around `at`. */
function clauseAround(text: string, sentence: Span, at: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(CLAUSE_BREAK)) {
    const i = sentence.start + (m.index ?? 0);
    if (m[0] === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    if (i < at.start) start = i + 1;
    else if (i >= at.end) {
      end = i;
      break;
    }
  }
  return { start, end };
}

const inside = (s: Span, c: Span) => s.start >= c.start && s.end <= c.end;

/**
 * The anchor's year dates the mention unless the anchor sits in another clause that holds a figure of
 * its own (not the number being bound): then the year is that figure's.
 */
export function anchorGoverns(text: string, sentence: Span, mention: PeriodMention, q: Quantity, quantities: readonly Quantity[]): boolean {
  const anchor = mention.anchor;
  if (!anchor || anchor.dateLevel) return true;
  const clause = clauseAround(text, sentence, anchor);
  if (inside(mention, clause) || inside(q, clause)) return true;
  return !quantities.some((o) => o !== q && inside(o, clause) && !(o.start < anchor.end && anchor.start < o.end));
}
