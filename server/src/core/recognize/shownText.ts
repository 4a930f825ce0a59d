/**
 * How a message quotes a figure: as the author wrote it, with a unit written after a space ("12 GW",
 * "1,000 TFLOPS"). The span stops before such a unit so a fix edits only the number; a quote that
 * stopped there too would read "“12” does not match … 10 GW".
 */
import type { Quantity } from '../model';

export function shownText(q: Pick<Quantity, 'text' | 'unitAfter'>): string {
  return q.unitAfter ? q.text + q.unitAfter : q.text;
}

/** A fix's new figure as a title shows it: the replacement keeps the author's spaced unit, so does the quote. */
export function shownReplacement(q: Pick<Quantity, 'unitAfter'>, newText: string): string {
  return shownText({ text: newText, unitAfter: q.unitAfter });
}
