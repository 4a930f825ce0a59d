/**
 * "operating income of $6.1 billion versus $1.7 billion in 2023": a period written right after a
 * comparison's baseline figure dates that baseline, not the figure it is compared with; so does one
 * after a part of a total ("a $13 billion investment that includes $10 billion committed in January
 * 2023"). Reading it as the main figure's period turns a correct "X versus Y in 2023" into a
 * wrong-period alarm on X.
 */
import type { Quantity, Span } from '../model';

/**
 * The words that make the next figure the one compared with ("versus", "from", "than"...) or a part of
 * the figure before it ("$13B investment includes $10B committed in January 2023").
 */
const COMPARED_FIGURE_BEFORE = /(?<![A-Za-z])(?:from|compared (?:with|to)|versus|vs\.?|than|against|includes|included|including|of which)\s+(?:[A-Za-z'’]+\s+){0,3}$/i;
/** Only the period's own preposition, perhaps after a participle ("committed in"), may stand between. */
const DIRECTLY_AFTER = /^\s*(?:[a-z]+ed\s+)?(?:(?:in|for|during|at|as of|on)\s+(?:the\s+)?)?$/i;

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
