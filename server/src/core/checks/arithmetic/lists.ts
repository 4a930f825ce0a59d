/**
 * Parallel lists: "1%, 3% and 6%", "2.4亿、7.5亿和15.5亿美元". A relation between lists pairs their items
 * in order ("分别是", "respectively"), so list detection is shared by the relation modules.
 */
import type { Quantity } from '../../model';
import { LIST_SEPARATOR } from './cues';
import { sameDimension } from './operands';
import { gapBetween, type SentenceView } from './view';

export interface Group {
  items: Quantity[];
  /** Index of the first item in view.quantities. */
  first: number;
  /** Index of the last item in view.quantities. */
  last: number;
}

/** "$3/$15", "3美元/15美元": a slash joins the items of a pair as a list separator does (input / output prices). */
export const LIST_OR_SLASH = new RegExp(`${LIST_SEPARATOR.source}|^\\s*[/／]\\s*$`);

/** Splits a sentence's quantities into maximal lists of like items (singletons included). */
export function groupsOf(view: SentenceView, separator: RegExp = LIST_SEPARATOR): Group[] {
  const qs = view.quantities;
  const out: Group[] = [];
  let i = 0;
  while (i < qs.length) {
    let j = i;
    while (j + 1 < qs.length && likeItems(qs[j], qs[j + 1]) && separator.test(gapBetween(view, qs[j], qs[j + 1]))) j++;
    out.push({ items: qs.slice(i, j + 1), first: i, last: j });
    i = j + 1;
  }
  return out;
}

function likeItems(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && (a.kind === 'percent' || a.kind === 'points' || sameDimension(a, b));
}

/** Span of a group, for gap reading. */
export function groupSpan(g: Group): { start: number; end: number } {
  return { start: g.items[0].start, end: g.items[g.items.length - 1].end };
}

/** Pairs list items in order; a single item pairs with every item of the other list. */
export function pairUp<T, U>(a: T[], b: U[]): [T, U][] | undefined {
  if (a.length === b.length) return a.map((x, i) => [x, b[i]]);
  if (b.length === 1) return a.map((x) => [x, b[0]]);
  if (a.length === 1) return b.map((y) => [a[0], y]);
  return undefined;
}
