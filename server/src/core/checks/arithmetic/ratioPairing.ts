/**
 * How sure a ratio's pairing is. "A is half of B" ties A to the multiple; "…raised $1.5 billion, 37.5
 * million shares at $40, roughly half of the $2.7 billion" does not: after a bare comma the multiple may
 * describe any like amount written before it, and the nearest one was only the nearest. And a quotient
 * orders of magnitude away from the multiple stated ($40 ÷ $2.7 billion against "half") is two figures
 * that were never compared, not a slip: writers' slips of scale are a thousandfold or 万/亿 (ten
 * thousandfold), and index.ts reads those as a misscaled operand.
 */
import type { Quantity } from '../../model';
import { midpoint, type Interval } from '../intervals';
import { sameDimension } from './operands';
import { gapBetween, textAfter, type SentenceView } from './view';

/** Words that tie the amount before a multiple to it: a copula or a restating cue. */
const TIED_EN = /\b(?:is|are|was|were|be|being|or|i\.e\.|that is|which is|making it)\b/i;

/** Beyond this factor between quotient and multiple, the two amounts are not the ones compared. */
const MISPAIRED_FACTOR = 1e5;

/**
 * "A, roughly M of B" with only punctuation and a hedge between A and M, and another amount like B
 * written before A in the sentence: the pairing with A is a guess among them.
 */
export function appositionAmongOthers(view: SentenceView, a: Quantity, m: Quantity, b: Quantity): boolean {
  if (TIED_EN.test(gapBetween(view, a, m))) return false;
  return view.quantities.some((q) => q.end <= a.start && sameDimension(q, b));
}

/** The quotient lies orders of magnitude from the multiple stated. */
export function farFromStated(computed: Interval, m: Quantity): boolean {
  const mid = midpoint(computed);
  if (mid === null || mid <= 0 || m.value <= 0) return false;
  const factor = mid > m.value ? mid / m.value : m.value / mid;
  return factor > MISPAIRED_FACTOR;
}

const SLASH = /^\s*[/／]\s*$/;
const INPUT = /\binput\b|输入/i;
const OUTPUT = /\boutput\b|输出/i;

/**
 * "$2.50 / $10, half of the $5 input price", "2.5美元/10美元，是发布时输入价5美元的一半": when the amount
 * before a multiple is the second of a slash pair (a price written input / output), the multiple's
 * numerator is the item of the kind its B names: input the first, output the second. A B naming neither
 * (or both) leaves the numerator unknown: `undefined`, no reading. Any other `a` is returned as it is.
 */
export function namedPairItem(view: SentenceView, a: Quantity, b: Quantity): Quantity | undefined {
  const qs = view.quantities;
  const first = qs[qs.indexOf(a) - 1];
  if (!first || !sameDimension(first, a) || !SLASH.test(gapBetween(view, first, a))) return a;
  const words = gapBetween(view, a, b) + ' ' + textAfter(view, b, 16);
  const input = INPUT.test(words);
  const output = OUTPUT.test(words);
  if (input === output) return undefined;
  return input ? first : a;
}
