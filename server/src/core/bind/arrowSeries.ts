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
import type { Binding, Period, Quantity } from '../model';
import { joinedSeriesPeriod, type PeriodFinder } from './joinedSeries';
import type { TableCell } from './tables';

/** Between two items of a series: an arrow, and at most a hedge or bound word before the next item. */
const ARROW = /^\s*(?:→|->|⟶|➝|➔|=>)\s*(?:约|大约|超过|逾|近|超|不到|about|over|around|~)?\s*$/i;

/** As many periods as figures pair item by item; fewer give the ends only, and nothing to those between. */
function pickEnd(k: number, figures: number, periods: number): number | null | undefined {
  if (periods > figures) return undefined;
  if (periods === figures) return k;
  return k === 0 ? 0 : k === figures - 1 ? periods - 1 : null;
}

/**
 * The period an arrow series gives q: the matching end's (or item's) period, undefined for a figure
 * between the ends when the label names fewer periods; `found` when the cell or label is no series.
 */
export function arrowSeriesPeriod(text: string, cell: TableCell, q: Quantity, rowQuantities: readonly Quantity[], find: PeriodFinder, found: Binding<Period> | undefined): Binding<Period> | undefined {
  return joinedSeriesPeriod(ARROW, pickEnd, text, cell, q, rowQuantities, find, found);
}
