/**
 * The hover line that names the table cells a table-structure relation computed from: the column (or
 * row) and each cell's row label (or column header) with its figure, so the reader can find them.
 */
import { t, type Locale } from '../../i18n/messages';
import type { GridCell } from './tableGrid';

export interface NamedCell {
  label: string;
  cell: GridCell;
}

function cells(items: readonly NamedCell[]): string {
  return items.map((i) => `“${i.label}” ${i.cell.text}`).join(', ');
}

/** "from the table, column “Revenue”: “Q1” $7.19B, “Q2” $13.51B". */
export function columnNote(locale: Locale, column: string, items: readonly NamedCell[]): string {
  return t(locale, 'arith.table-column', { column, cells: cells(items) });
}

/** "from the table, row “Data center”: “Q3 FY25” $30.8B, “Q3 FY24” $10.3B". */
export function rowNote(locale: Locale, row: string, items: readonly NamedCell[]): string {
  return t(locale, 'arith.table-row', { row, cells: cells(items) });
}
