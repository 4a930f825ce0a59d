/**
 * Share columns: "| Segment | Revenue | % of total |", "| 公司 | 收入 | 占比 |". Each row's share is its figure
 * in the column before divided by the total row's figure in that column, or, when the header says
 * "of total" and there is no total row, by the sum of the rows (every row with a figure of one kind).
 *
 * A bare "Share" / 占比 / 份额 may be a share of something the table does not hold (a market share is of
 * the whole market, not of the five companies listed), so it is read as a share of the total only when
 * the total row itself says 100%. "Share of revenue", "Market share" name another base and are not read.
 */
import type { Quantity } from '../../model';
import type { Locale } from '../../i18n/messages';
import { add, div, scale, type Interval } from '../intervals';
import { isPlainMoney, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import { columnNote } from './tableNotes';
import { signedInterval, type Grid, type GridCell } from './tableGrid';
import { changeKind, shareHeader, type RowRole } from './tableHeaders';
import { roles as rowRoles, rowSums } from './tableTotals';

function amount(q: Quantity | undefined): q is Quantity {
  return !!q && (isPlainMoney(q) || ((q.kind === 'count' || q.kind === 'number') && !q.per));
}

interface Whole {
  /** The whole as written, and the rows' sum when a total row does not add up (tableTotals.ts: rowSums). */
  intervals: Interval[];
  formula: string;
  cells: { label: string; cell: GridCell }[];
  operands: Quantity[];
  /** Rows whose share is read (the total row itself is not). */
  rows: number[];
}

/** The whole each share is of: the total row's figure, or the sum of the rows when the header says "of total". */
function wholeOf(grid: Grid, base: number, share: number, ofTotal: boolean): Whole | undefined {
  const roles: RowRole[] = rowRoles(grid);
  if (grid.rows.some((row) => row.length !== grid.header.length) || ['other', 'subtotal', 'group', 'section'].some((r) => roles.includes(r as RowRole))) return undefined;
  const totals = roles.flatMap((r, i) => (r === 'total' ? [i] : []));
  if (totals.length > 1) return undefined;
  if (totals.length === 1) {
    const t = totals[0];
    const cell = grid.rows[t][base];
    if (!amount(cell.value) || cell.hasSign) return undefined;
    const stated = grid.rows[t][share].value;
    // A bare "Share" is of the total only when the total row says so.
    if (!ofTotal && !(stated?.kind === 'percent' && stated.value === 100)) return undefined;
    const label = grid.rows[t][0].text;
    const sum = rowSums(grid).get(cell);
    return { intervals: sum ? [signedInterval(cell), sum] : [signedInterval(cell)], formula: cell.text, cells: [{ label, cell }], operands: [cell.value], rows: roles.flatMap((r, i) => (i < t && r !== 'total' ? [i] : [])) };
  }
  if (!ofTotal || roles.includes('part')) return undefined;
  const cells = grid.rows.map((row) => row[base]);
  if (cells.length < 2 || !cells.every((c) => amount(c.value) && sameDimension(c.value, cells[0].value as Quantity))) return undefined;
  const interval = cells.reduce<Interval>((acc, c) => add(acc, signedInterval(c)), { low: 0, high: 0 });
  return {
    intervals: [interval],
    formula: `(${cells.map((c) => c.text).join(' + ')})`,
    cells: cells.map((cell, i) => ({ label: grid.rows[i][0].text, cell })),
    operands: cells.map((c) => c.value as Quantity),
    rows: cells.map((_, i) => i),
  };
}

export function shareColumns(grid: Grid, locale: Locale): RelationOutcome[] {
  const out: RelationOutcome[] = [];
  grid.header.forEach((h, c) => {
    const kind = shareHeader(h.text);
    const base = c - 1;
    if (!kind || base < 1 || changeKind(grid.header[base].text) || shareHeader(grid.header[base].text)) return;
    const whole = wholeOf(grid, base, c, kind === 'ofTotal');
    if (!whole) return;
    const baseHeader = grid.header[base].text;
    for (const r of whole.rows) {
      const part = grid.rows[r][base];
      const stated = grid.rows[r][c];
      if (!amount(part.value) || !stated.value || stated.value.kind !== 'percent' || stated.hasSign) continue;
      if (!whole.operands.every((q) => sameDimension(q, part.value as Quantity))) continue;
      const note = columnNote(locale, baseHeader, [{ label: grid.rows[r][0].text, cell: part }, ...whole.cells.filter((w) => w.cell !== part)].slice(0, 8));
      for (const interval of whole.intervals) {
        out.push({
          check: 'arith.percent-of',
          result: stated.value,
          operands: [part.value, ...whole.operands.filter((q) => q !== part.value)],
          computed: scale(div(signedInterval(part), interval), 100),
          formula: `${part.text} ÷ ${whole.formula}`,
          certainty: 'explicit',
          lang: grid.lang,
          notes: [note],
        });
      }
    }
  });
  return out;
}
