/**
 * A prose series joined by arrows: "Downloads: 300M (June) → 500M (October) → over 800M at the summit".
 * Each item carries its own date, in its own bracket or words; the bracket of the item before is that
 * item's, not the next one's. A figure after an arrow takes only a date written inside its own item (from
 * the arrow before it to the next arrow or the clause's end); with none, it has no period of its own.
 * (Table cells with arrows on both sides are arrowSeries.ts.)
 */
import type { Span } from '../model';

const ARROW = /→|->|⟶|➝|➔|=>/g;

/** The item of an arrow series that figure q stands in, when an arrow in its sentence comes before it. */
export function arrowItem(text: string, q: Span, sentence: Span): Span | undefined {
  const before = text.slice(sentence.start, q.start);
  let last = -1;
  for (const m of before.matchAll(ARROW)) last = m.index + m[0].length;
  if (last < 0) return undefined;
  const start = sentence.start + last;
  const rest = text.slice(q.end, sentence.end);
  const next = rest.search(/→|->|⟶|➝|➔|=>|[,;，；。](?![^(（]*[)）])|\.\s/);
  return { start, end: next < 0 ? sentence.end : q.end + next };
}
