/**
 * "收入2025年为8亿元，2024年为5亿元、2023年为2亿元，两年间增长了3倍", "…$2 billion in 2023, up threefold over two
 * years": a change whose words say how many years it took compares the two values that many years apart,
 * not merely the two written last. A list of yearly values in any order makes adjacent pairs of one year
 * each; the stated span picks the pair whose years are that far apart. When no such pair (or more than
 * one) can be read, the relation is left alone: comparing a one-year pair with a two-year rate would blame
 * a correct figure.
 *
 * Only whole years count, and only when both values of the adjacent change carry a year (growthPatterns.ts
 * yearOf): a from–to without years ("从A到B，两年里增长了20倍") has no other pair to choose from.
 */
import type { Quantity } from '../../model';
import { spanOfWords } from './statedSpan';
import { textAfter, type SentenceView } from './view';
import type { Change } from './growthPatterns';

/** A span in days this close to a whole number of years is that many years. */
const YEAR_DAYS = 365.25;

/** The whole number of years the words around a change name: "，两年间增长约", "over two years". */
export function statedYears(view: SentenceView, gap: string, m: Quantity): number | undefined {
  const span = spanOfWords(gap) ?? (view.lang === 'en' ? spanOfWords(textAfter(view, m, 30)) : undefined);
  if (!span || span.atMost) return undefined;
  const years = span.days / YEAR_DAYS;
  return Number.isInteger(years) && years >= 1 ? years : undefined;
}

/**
 * The change the stated span names. `found` is the change the adjacent values make: kept when its years
 * are the span apart (or when either value has no year). Otherwise the one pair of like values before
 * the multiple whose years are that far apart; undefined when there is none or more than one.
 */
export function changeOverYears(
  view: SentenceView,
  m: Quantity,
  years: number,
  found: Change | undefined,
  yearOf: (view: SentenceView, q: Quantity) => number | undefined,
  like: (a: Quantity, b: Quantity) => boolean,
): Change | undefined {
  if (!found) return found;
  const yo = yearOf(view, found.old);
  const yn = yearOf(view, found.new);
  if (yo === undefined || yn === undefined || yn - yo === years) return found;
  const dated = view.quantities.filter((q) => q.end <= m.start && like(q, found.new)).map((q) => ({ q, year: yearOf(view, q) }));
  const pairs: Change[] = [];
  for (const a of dated) {
    for (const b of dated) {
      if (a.year !== undefined && b.year !== undefined && b.year - a.year === years) pairs.push({ old: a.q, new: b.q, direction: found.direction });
    }
  }
  return pairs.length === 1 ? pairs[0] : undefined;
}
