/**
 * A sentence of conversions split by semicolons, each at its own rate: "按10月均价7.09折算约2480亿元；若按
 * 第四季度平均价7.19折算，约2520亿元". The sentence as a whole holds two rates and two results, so the reading
 * of one conversion opening a sentence (currency.ts `openingConversion`) finds no single source and reads
 * only the first rate. Each part that itself opens with its rate and holds one amount is such a conversion
 * of the sentence before: the parts are read one by one, each with its own rate. A sentence any part of
 * which does not open so (an amount converted in the part itself) is left to the other readings.
 */
import type { Quantity, Span } from '../../model';
import type { SentenceView } from './view';

/** A rate written in a sentence (currency.ts `statedRate`): what is read of it here. */
type RateReader = (view: SentenceView) => { parts: Quantity[]; span: Span } | undefined;

const SEMICOLON = /[；;]/g;

/** The sentence's semicolon parts as views of their own, when there are two or more and each opens with a conversion. */
export function conversionParts(view: SentenceView, statedRate: RateReader): SentenceView[] | undefined {
  const cuts = [...view.text.matchAll(SEMICOLON)].map((m) => m.index);
  if (cuts.length === 0) return undefined;
  const bounds = [-1, ...cuts, view.text.length];
  const parts: SentenceView[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = view.span.start + bounds[i] + 1;
    const end = view.span.start + bounds[i + 1];
    const inside = (q: { start: number; end: number }) => q.start >= start && q.end <= end;
    parts.push({ ...view, span: { start, end }, text: view.text.slice(bounds[i] + 1, bounds[i + 1]), quantities: view.quantities.filter(inside), recognised: view.recognised.filter(inside) });
  }
  return parts.every((part) => opensWithRate(part, statedRate)) ? parts : undefined;
}

/** The part's rate stands before its one amount (not counting the rate's own). */
function opensWithRate(part: SentenceView, statedRate: RateReader): boolean {
  const rate = statedRate(part);
  const amounts = part.quantities.filter((q) => q.kind === 'money' && !rate?.parts.includes(q));
  return rate !== undefined && amounts.length === 1 && rate.span.end <= amounts[0].start;
}
