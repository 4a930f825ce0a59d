/**
 * The shared reading of a table cell that writes several figures joined by one separator beside a label
 * (another cell of the row, or the column's header) that writes periods joined the same way: which of
 * the label's periods a figure of the cell takes. slashPairs.ts ("A / B" over "X / Y") and arrowSeries.ts
 * ("A → B → C" over "X → Y") differ only in the separator and in how a figure picks its period.
 */
import type { Binding, Period, Quantity, Span } from '../model';
import type { TableCell } from './tables';

export type PeriodFinder = (span: Span) => { start: number; end: number; period?: Period; kind?: string }[];

/**
 * How the k-th of `figures` figures picks among `periods` periods: an index, `null` for no period at
 * all (the label is the series but dates no item of it), or `undefined` when this label is no match.
 */
export type PickPeriod = (k: number, figures: number, periods: number) => number | null | undefined;

/** The period a joined label gives q, `undefined` when it gives none, else `found`. */
export function joinedSeriesPeriod(separator: RegExp, pick: PickPeriod, text: string, cell: TableCell, q: Quantity, rowQuantities: readonly Quantity[], find: PeriodFinder, found: Binding<Period> | undefined): Binding<Period> | undefined {
  const joined = (items: readonly Span[]) => items.every((item, i) => i === 0 || separator.test(text.slice(items[i - 1].end, item.start)));
  const figures = rowQuantities.filter((o) => o.kind === q.kind && o.start >= cell.cell.start && o.end <= cell.cell.end).sort((a, b) => a.start - b.start);
  if (figures.length < 2 || !joined(figures)) return found;
  const k = figures.findIndex((o) => o.start === q.start && o.end === q.end);
  if (k < 0) return found;
  const holdsFigure = (c: Span) => rowQuantities.some((o) => o.start < c.end && c.start < o.end);
  const labels = [...cell.cells.filter((c) => c !== cell.cell && !holdsFigure(c)), ...(cell.header ? [cell.header] : [])];
  for (const label of labels) {
    const periods = find(label)
      .filter((m) => m.period && m.kind !== 'present')
      .sort((a, b) => a.start - b.start);
    if (periods.length < 2 || !joined(periods)) continue;
    const at = pick(k, figures.length, periods.length);
    if (at === undefined) continue;
    if (at === null) return undefined;
    const m = periods[at];
    return { value: m.period!, how: 'explicit', span: { start: m.start, end: m.end } };
  }
  return found;
}
