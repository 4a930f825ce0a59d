/**
 * "Revenue was $43 billion, up 31% [Rival is 2.5x the size]", "income of $6 billion (Rival: $9 billion)":
 * a bracketed aside after a figure that holds a figure of its own is a remark about that figure. A name
 * inside it is the aside's subject, not the owner of the figure before the bracket, as a reader skips the
 * aside to find whose figure it is. A bracket with no figure of its own ("$43 billion (Alphabet's cloud
 * unit)") may gloss the owner, and is left to the other readings.
 */
import type { Span } from '../model';

const OPENERS = '([（';
const CLOSERS = ')]）';

/** Whether `name` stands inside a bracket opened after `figure` that holds another figure. */
export function inLaterAside(text: string, name: Span, figure: Span, quantities: readonly Span[], sentence: Span): boolean {
  if (name.start < figure.end) return false;
  const open = openerBefore(text, name.start, Math.max(sentence.start, figure.end));
  if (open < 0) return false;
  const close = closerAfter(text, name.end, sentence.end, CLOSERS[OPENERS.indexOf(text[open])]);
  if (close < 0) return false;
  return quantities.some((o) => o.start > open && o.end <= close && !(o.start === figure.start && o.end === figure.end));
}

/** The unclosed opening bracket before `at`, back to `from`, or -1. */
function openerBefore(text: string, at: number, from: number): number {
  let depth = 0;
  for (let i = at - 1; i >= from; i--) {
    if (CLOSERS.includes(text[i])) depth++;
    else if (OPENERS.includes(text[i])) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The bracket closing the one open at `at`, up to `to`, or -1. */
function closerAfter(text: string, at: number, to: number, closer: string): number {
  let depth = 0;
  for (let i = at; i < to; i++) {
    if (OPENERS.includes(text[i])) depth++;
    else if (CLOSERS.includes(text[i])) {
      if (depth === 0) return text[i] === closer ? i : -1;
      depth--;
    }
  }
  return -1;
}
