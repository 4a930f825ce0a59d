/**
 * "operating income of $6.1 billion versus $1.7 billion in 2023": a period written right after a
 * comparison's baseline figure dates that baseline, not the figure it is compared with. Reading it as
 * the main figure's period turns a correct "X versus Y in 2023" into a wrong-period alarm on X.
 */
import type { Quantity, Span } from '../model';

/** The words that make the next figure the one compared with ("versus", "from", "than"...). */
const COMPARED_FIGURE_BEFORE = /(?<![A-Za-z])(?:from|compared (?:with|to)|versus|vs\.?|than|against)\s+(?:[A-Za-z'’]+\s+){0,3}$/i;
/** Only the period's own preposition may stand between the baseline figure and the period. */
const DIRECTLY_AFTER = /^\s*(?:(?:in|for|during|at|as of|on)\s+(?:the\s+)?)?$/i;

/**
 * The period at m is written right after another figure of the sentence that a comparison word
 * introduces: it is that baseline's date, so figure q (not that baseline) does not take it.
 */
export function datesOtherBaseline(text: string, sentence: Span, q: Quantity, quantities: readonly Quantity[], m: Span): boolean {
  return quantities.some(
    (o) =>
      o !== q &&
      o.end <= m.start &&
      DIRECTLY_AFTER.test(text.slice(o.end, m.start)) &&
      COMPARED_FIGURE_BEFORE.test(text.slice(Math.max(sentence.start, o.start - 60), o.start)),
  );
}
