/**
 * Markdown (GFM) tables as binding context. The prose pipeline hands binding one cell at a time, but a
 * reader takes a cell's meaning from its row ("| Groq | August | $460M |": whose round, when) and from
 * its column's header cell ("Raised", 周活跃用户: what is measured). This module finds, for an offset in a
 * table's body, the row around it and the header cell above it, so that binding can look there when
 * the cell itself names nothing.
 *
 * One pass over the text finds every table (a row of cells followed by a delimiter row such as
 * "|---|:--:|"); lookups are binary searches, so a long table does not make binding quadratic.
 */
import type { Span } from '../model';
import { lastAtOrBefore } from '../sortedSearch';

export interface TableCell {
  /** The whole body row, pipes included. */
  row: Span;
  /** The cell holding the offset (without its pipes and padding). */
  cell: Span;
  /** The header cell of the same column, when the header has that column. */
  header?: Span;
  /** Every cell of the row. */
  cells: Span[];
  /** The header row's cells, when the header has as many columns as the row. */
  headers?: Span[];
  /** The row's first cell, when it is not the cell holding the offset (a row label). */
  rowLabel?: Span;
}

interface BodyRow extends Span {
  cells: Span[];
  headerCells: Span[];
}

/** The span lies in the row's label cell (its first cell, when that is not the number's own). */
export function inRowLabel(cell: TableCell, span: Span | undefined): boolean {
  return span !== undefined && cell.rowLabel !== undefined && span.start >= cell.rowLabel.start && span.end <= cell.rowLabel.end;
}

/**
 * The row's other cells that hold no figure: in "| TSMC | Q3 revenue | NT$868B |" or
 * "| ChatGPT | 周活 | 8亿 |" the middle cell names what the figure measures, as a header would.
 * A cell holding a figure of its own is that figure's, never a label of its neighbours.
 */
export function textCells(cell: TableCell, figures: readonly Span[]): Span[] {
  return cell.cells.filter(
    (c) => c.end > c.start && c.start !== cell.cell.start && !figures.some((f) => f.start < c.end && c.start < f.end),
  );
}

export interface Tables {
  cellAt(pos: number): TableCell | undefined;
}

const DELIMITER_ROW = /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$/;

/** One table: its header cells and its body rows, each with its cells (table-structure arithmetic reads these). */
export interface TableGrid {
  header: Span[];
  rows: (Span & { cells: Span[] })[];
}

/** Every table of the text, in order. */
export function tableGrids(text: string): TableGrid[] {
  const grids: TableGrid[] = [];
  const lines = lineSpans(text);
  for (let i = 1; i < lines.length; i++) {
    const delimiter = text.slice(lines[i].start, lines[i].end);
    const header = lines[i - 1];
    if (!delimiter.includes('-') || !DELIMITER_ROW.test(delimiter) || !text.slice(header.start, header.end).includes('|')) continue;
    // A delimiter row with no pipe is a setext heading underline or a thematic break, not a table.
    if (!delimiter.includes('|')) continue;
    const grid: TableGrid = { header: cellSpans(text, header), rows: [] };
    let j = i + 1;
    for (; j < lines.length && text.slice(lines[j].start, lines[j].end).includes('|'); j++) {
      grid.rows.push({ start: lines[j].start, end: lines[j].end, cells: cellSpans(text, lines[j]) });
    }
    grids.push(grid);
    i = j;
  }
  return grids;
}

/** Every table of the document, indexed by body row. */
export function documentTables(text: string): Tables {
  const rows: BodyRow[] = tableGrids(text).flatMap((g) => g.rows.map((r) => ({ ...r, headerCells: g.header })));
  return {
    cellAt(pos) {
      const row = containingRow(rows, pos);
      if (!row) return undefined;
      const column = row.cells.findIndex((c) => c.start <= pos && pos < c.end);
      if (column < 0) return undefined;
      const header = row.headerCells.length === row.cells.length ? row.headerCells[column] : undefined;
      return {
        row: { start: row.start, end: row.end },
        cell: row.cells[column],
        cells: row.cells,
        ...(header ? { header, headers: row.headerCells } : {}),
        ...(column > 0 ? { rowLabel: row.cells[0] } : {}),
      };
    },
  };
}

function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end: end > start && text[end - 1] === '\r' ? end - 1 : end });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** The cells of one row, trimmed; pipes escaped with a backslash do not separate cells. */
export function cellSpans(text: string, line: Span): Span[] {
  const bounds: number[] = [];
  for (let i = line.start; i < line.end; i++) if (text[i] === '|' && text[i - 1] !== '\\') bounds.push(i);
  const raw: Span[] = [];
  let from = line.start;
  for (const b of bounds) {
    raw.push({ start: from, end: b });
    from = b + 1;
  }
  raw.push({ start: from, end: line.end });
  // Leading and trailing pipes leave empty outer pieces that are not cells.
  if (raw.length > 1 && !text.slice(raw[0].start, raw[0].end).trim()) raw.shift();
  if (raw.length > 1 && !text.slice(raw[raw.length - 1].start, raw[raw.length - 1].end).trim()) raw.pop();
  return raw.map((c) => trimSpan(text, c));
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  // An empty cell keeps a zero-width span at its position.
  return { start, end };
}

function containingRow(rows: readonly BodyRow[], pos: number): BodyRow | undefined {
  const row = rows[lastAtOrBefore(rows, pos, (r) => r.start)];
  return row && pos < row.end ? row : undefined;
}
