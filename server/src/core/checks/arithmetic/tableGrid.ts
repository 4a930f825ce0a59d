/**
 * A Markdown table as the table-structure relations read it: header texts, and for every body cell the
 * one figure it holds, when it holds nothing else. The sentence views read a row like a sentence; the
 * relations of a table's structure (a total row, a change column, a share column) need the grid.
 *
 * A cell is a value only when it is a figure and nothing more: markup ("**$60.92B**"), a hedge
 * ("~$29B", "约309亿元") and a written sign ("+199%", "(5%)", "下降5%") are allowed; a second figure, a word
 * ("$80B (FY25)", "52% of $6.8B"), a footnote marker or a range ("$60–65B") make it something else,
 * which the relations treat as a row they cannot use. "n/a", "—" and an empty cell say there is no
 * figure.
 */
import type { Lang, Quantity, Span } from '../../model';
import type { DocumentModel } from '../../document/documentModel';
import { tableGrids } from '../../bind/tables';
import { scale, type Interval } from '../intervals';
import { checkable, intervalOf } from './operands';

export interface GridCell extends Span {
  /** The cell's text with emphasis and code marks removed, trimmed. */
  text: string;
  /** The one figure of a cell that holds nothing else. */
  value?: Quantity;
  /** The figure with the sign the cell writes around it: "(5%)" and "下降5%" are −5%. */
  signed?: Quantity;
  /** The cell writes a sign or direction of its own ("+", "−", "(…)", 下降, "down"). */
  hasSign: boolean;
  /** The cell says there is no figure: empty, "n/a", "—", "NM", 无. */
  missing: boolean;
  /** The whole cell is bold ("**Hyperscalers**", "**$230B**"): writers bold subtotals and section rows. */
  bold: boolean;
}

export interface Grid {
  header: GridCell[];
  rows: GridCell[][];
  lang: Lang;
}

const BOLD = /^(?:\*\*|__)[^]*(?:\*\*|__)$/;
const MARKUP = /\*\*|__|`|(?<![\w])[*_](?![\w])/g;
const MISSING = /^(?:|n\/?a|na|nm|n\.m\.|—+|–|-|−|…|\.\.\.|tbd|未披露|无|不适用|暂无|\/)$/i;
/** What may stand before the figure besides markup: hedges, signs and direction words. */
const BEFORE = /^(?:约|大约|近|接近|超过|逾|about|approx\.?|c\.|ca\.|~|≈|\+|-|−|–|\(|（|下降|减少|下滑|下跌|降|增长|增加|上升|上涨|增|up|down|▲|▼|↑|↓|\s)*$/i;
const AFTER = /^(?:左右|\)|）|\s)*$/;
const NEGATIVE = /^(?:[^\d]*?)(?:-|−|–|\(|（|下降|减少|下滑|下跌|降|down|▼|↓)/i;
const SIGNED = /[+\-−–(（▲▼↑↓]|下降|减少|下滑|下跌|降|增长|增加|上升|上涨|增|\bup\b|\bdown\b/i;

export function plainText(raw: string): string {
  return raw.replace(MARKUP, '').trim();
}

function readCell(text: string, span: Span, quantities: readonly Quantity[]): GridCell {
  const raw = text.slice(span.start, span.end);
  const inside = quantities.filter((q) => q.start >= span.start && q.end <= span.end);
  const cell: GridCell = { start: span.start, end: span.end, text: plainText(raw), hasSign: false, missing: false, bold: BOLD.test(raw.trim()) };
  if (inside.length === 0) {
    cell.missing = MISSING.test(cell.text);
    return cell;
  }
  const q = inside[0];
  if (inside.length > 1 || !checkable(q) || q.bound === 'range') return cell;
  const before = plainText(text.slice(span.start, q.start));
  let after = plainText(text.slice(q.end, span.end));
  let value = q;
  // "+15.8 pts": a bare number followed by points is a change in percentage points (as view.ts reads it).
  if (q.kind === 'number' && POINTS_AFTER.test(after)) {
    value = { ...q, kind: 'points' };
    after = '';
  }
  if (!BEFORE.test(before) || !AFTER.test(after)) return cell;
  cell.value = value;
  cell.hasSign = SIGNED.test(before) || value.value < 0;
  cell.signed = value.value > 0 && NEGATIVE.test(before) ? negated(value) : value;
  return cell;
}

const POINTS_AFTER = /^(?:percentage[\s-]+)?(?:points?|pts?|pp)$/i;

function negated(q: Quantity): Quantity {
  const i: Interval = scale({ low: q.low, high: q.high }, -1);
  return { ...q, value: -q.value, low: i.low, high: i.high };
}

/** The interval a cell's figure allows, with its written sign. */
export function signedInterval(c: GridCell): Interval {
  return c.signed ? intervalOf(c.signed) : { low: null, high: null };
}

/** The tables of the block, with every cell read. */
export function readGrids(doc: DocumentModel): Grid[] {
  return readGridsOf(doc.text, doc.quantities);
}

/** The tables of a text whose quantities are given (a block read on its own: document/blockAbove.ts). */
export function readGridsOf(text: string, quantities: readonly Quantity[]): Grid[] {
  const grids = tableGrids(text);
  if (grids.length === 0) return [];
  return grids.map((g) => {
    const header = g.header.map((h) => readCell(text, h, []));
    const rows = g.rows.map((r) => r.cells.map((c) => readCell(text, c, quantities)));
    const lang: Lang = /[\u4e00-\u9fff]/.test(text.slice(g.header[0]?.start ?? 0, g.rows[g.rows.length - 1]?.end ?? 0)) ? 'zh' : 'en';
    return { header, rows, lang };
  });
}

/** A column of the grid, or undefined when a row is not as wide as the header. */
export function columnCells(grid: Grid, column: number, rows: readonly number[]): GridCell[] | undefined {
  const out: GridCell[] = [];
  for (const r of rows) {
    const row = grid.rows[r];
    if (row.length !== grid.header.length) return undefined;
    out.push(row[column]);
  }
  return out;
}
