/**
 * A measure word that introduces a figure of its own ("data-center revenue of $18.4 billion",
 * "数据中心收入为184亿美元", "营收达到609亿美元") is that figure's label. A figure earlier in the same
 * clause is not measured by it: in "Rebuild the $200B figure with the data-center revenue of $18.4
 * billion" the $200B is what is to be rebuilt, not a data-center revenue. Only a figure before the
 * word: figures after the introduced one may continue its series ("revenue of $5B in Q1 and $6B in
 * Q2"), which the series reading decides.
 */
import type { Quantity, Span } from '../model';

/** Between the word and its own figure: an explicit linker (of, at, a colon, 为, 达, 达到), a hedge at most. */
const INTRODUCES = /^\s*(?:of|at|[:：]|为|达到?)\s*(?:约|近|about|around|roughly|nearly|approximately)?\s*$/i;

/** How far after the word its own figure may start. */
const REACH = 16;

/**
 * The trigger t, written after q, introduces another figure that its measure admits (`fits`).
 */
export function introducesLaterFigure(text: string, t: Span, q: Span, quantities: readonly Quantity[], fits: (o: Quantity) => boolean): boolean {
  if (t.start < q.end) return false;
  const own = quantities.find((o) => o.start >= t.end && o.start - t.end <= REACH);
  return !!own && own.start !== q.start && fits(own) && INTRODUCES.test(text.slice(t.end, own.start));
}
