/**
 * "| 10月 / 11月 / 12月平均 | 7.09 / 7.21 / 7.28 |", "| Revenue (FY2023 / FY2024) | $27.0B / $60.9B |": a
 * table cell that holds several figures split by slashes, under a label (the row's label cell or the
 * column's header) that holds as many periods split by slashes, pairs them item by item, as "A / B"
 * over "X / Y" reads to any reader of a table. The k-th figure takes the k-th period; read alone, every
 * figure would take the period written nearest to it, which for the first one is the last label.
 *
 * Only when the counts agree and the separators are slashes on both sides: a label with another count
 * of periods ("2024年10-12月 | 7.09 / 7.28") says nothing about which figure is which.
 */
import type { Binding, Period, Quantity, Span } from '../model';
import type { TableCell } from './tables';

/** Between two items of a slash list: a slash (either width), spaces at most. */
const SLASH = /^\s*[/／]\s*$/;

type Finder = (span: Span) => { start: number; end: number; period?: Period; kind?: string }[];

/** The period a slash-paired label gives q, else `found`. */
export function slashPairedPeriod(text: string, cell: TableCell, q: Quantity, rowQuantities: readonly Quantity[], find: Finder, found: Binding<Period> | undefined): Binding<Period> | undefined {
  const figures = rowQuantities.filter((o) => o.kind === q.kind && o.start >= cell.cell.start && o.end <= cell.cell.end).sort((a, b) => a.start - b.start);
  if (figures.length < 2 || !slashJoined(text, figures)) return found;
  const k = figures.findIndex((o) => o.start === q.start && o.end === q.end);
  if (k < 0) return found;
  const holdsFigure = (c: Span) => rowQuantities.some((o) => o.start < c.end && c.start < o.end);
  const labels = [...cell.cells.filter((c) => c !== cell.cell && !holdsFigure(c)), ...(cell.header ? [cell.header] : [])];
  for (const label of labels) {
    const periods = find(label)
      .filter((m) => m.period && m.kind !== 'present')
      .sort((a, b) => a.start - b.start);
    if (periods.length === figures.length && slashJoined(text, periods)) {
      const m = periods[k];
      return { value: m.period!, how: 'explicit', span: { start: m.start, end: m.end } };
    }
  }
  return found;
}

/** Each item is followed by a slash and the next item, nothing else. */
function slashJoined(text: string, items: readonly Span[]): boolean {
  return items.every((item, i) => i === 0 || SLASH.test(text.slice(items[i - 1].end, item.start)));
}
