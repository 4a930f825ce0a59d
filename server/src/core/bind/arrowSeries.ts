/**
 * "| Gemini月活 | 4.5亿 → 6.5亿 → 7.5亿 | 2025年二季度→四季度 |", "| Users | 500M → 1B | Sep 2024 → May 2025 |":
 * a table cell that writes a series of figures joined by arrows, beside a label (another cell of the row
 * or the column's header) that writes periods joined by arrows, reads as a series from the first period
 * to the last. The first figure is the first period's and the last figure the last period's; read alone,
 * every figure would take the first period written in the row. With as many figures as periods they
 * pair item by item; with more figures, those between are somewhere between the two ends, and the
 * label gives them no period.
 *
 * Only arrows on both sides: "A / B" over "X / Y" is slashPairs.ts, and a label with one period ("2025年")
 * dates the whole cell as before.
 */
import type { Binding, Period, Quantity, Span } from '../model';
import type { TableCell } from './tables';

/** Between two items of a series: an arrow, and at most a hedge or bound word before the next item. */
const ARROW = /^\s*(?:→|->|⟶|➝|➔|=>)\s*(?:约|大约|超过|逾|近|超|不到|about|over|around|~)?\s*$/i;

type Finder = (span: Span) => { start: number; end: number; period?: Period; kind?: string }[];

/**
 * The period an arrow series gives q: the matching end's (or item's) period, undefined for a figure
 * between the ends when the label names fewer periods; `found` when the cell or label is no series.
 */
export function arrowSeriesPeriod(text: string, cell: TableCell, q: Quantity, rowQuantities: readonly Quantity[], find: Finder, found: Binding<Period> | undefined): Binding<Period> | undefined {
  const figures = rowQuantities.filter((o) => o.kind === q.kind && o.start >= cell.cell.start && o.end <= cell.cell.end).sort((a, b) => a.start - b.start);
  if (figures.length < 2 || !arrowJoined(text, figures)) return found;
  const k = figures.findIndex((o) => o.start === q.start && o.end === q.end);
  if (k < 0) return found;
  const holdsFigure = (c: Span) => rowQuantities.some((o) => o.start < c.end && c.start < o.end);
  const labels = [...cell.cells.filter((c) => c !== cell.cell && !holdsFigure(c)), ...(cell.header ? [cell.header] : [])];
  for (const label of labels) {
    const periods = find(label)
      .filter((m) => m.period && m.kind !== 'present')
      .sort((a, b) => a.start - b.start);
    if (periods.length < 2 || periods.length > figures.length || !arrowJoined(text, periods)) continue;
    const at = periods.length === figures.length ? k : k === 0 ? 0 : k === figures.length - 1 ? periods.length - 1 : -1;
    if (at < 0) return undefined;
    const m = periods[at];
    return { value: m.period!, how: 'explicit', span: { start: m.start, end: m.end } };
  }
  return found;
}

/** Each item is followed by an arrow and the next item, nothing else. */
function arrowJoined(text: string, items: readonly Span[]): boolean {
  return items.every((item, i) => i === 0 || ARROW.test(text.slice(items[i - 1].end, item.start)));
}
