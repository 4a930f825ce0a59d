/**
 * Total rows and total columns of a table: a row labelled Total / 合计 holds, in each column, the sum of
 * the rows above it (back to the previous total); a column headed Total holds the sum of the row's
 * figures before it. Checked only where the writer's layout leaves no doubt:
 *
 * - every row of the block has a figure in that column (no "n/a", no "—", no note beside a figure),
 *   all of one kind (one currency, one counted unit): a row in another currency leaves the column alone;
 * - "of which" / 其中 rows are parts of the row above, never added; subtotals (小计) are added up either
 *   as the items they sum or as themselves, and a total that either reading explains is consistent; a
 *   forecast row (2025E, plan) may be left out;
 * - a label with a total word that is not a plain total ("Total AI funding", 全球合计) may be another
 *   base: the block is not read; a total whose label points at the rows ("Total of the above", 四家合计)
 *   is probable (warning at most), a bare one explicit, a bare "All" weak (information);
 * - percentages add up only in a share column (shares of one whole); rates, growth and prices never.
 */
import type { Quantity } from '../../model';
import type { Locale } from '../../i18n/messages';
import { add, type Interval } from '../intervals';
import { isPlainMoney, sameDimension } from './operands';
import type { Certainty, RelationOutcome } from './outcome';
import { columnNote, rowNote } from './tableNotes';
import { signedInterval, type Grid, type GridCell } from './tableGrid';
import { changeKind, isAddedUp, isForecastLabel, isTotalHeader, rowRole, shareHeader, unitNote, type RowRole } from './tableHeaders';

function additive(q: Quantity, header: string): boolean {
  if (!isAddedUp(header)) return false;
  if (q.kind === 'money') return isPlainMoney(q);
  if (q.kind === 'count' || q.kind === 'number') return !q.per;
  return q.kind === 'percent' && shareHeader(header) !== undefined;
}

function sumOf(cells: readonly GridCell[]): Interval {
  return cells.reduce<Interval>((acc, c) => add(acc, signedInterval(c)), { low: 0, high: 0 });
}

/** A row set in bold ("| **Hyperscalers** | **$230B** |"), where other rows are not. */
function emphasised(row: GridCell[]): boolean {
  return row[0].bold || row.slice(1).every((c) => c.bold || c.text === '');
}

export function roles(grid: Grid): RowRole[] {
  const plain = grid.rows.some((row) => row.length > 1 && !emphasised(row));
  return grid.rows.map((row) => {
    if (row.length < 2 || row[0].value) return 'item';
    // "| **US** | | |": a section label over the rows below it, with no figure of its own, is not a row to add.
    if (row.slice(1).every((c) => c.text === '')) return 'section';
    const role = rowRole(row[0].text).role;
    // A bold row among plain ones is a subtotal or a group heading, above or below its members: never added.
    return role === 'item' && plain && emphasised(row) ? 'group' : role;
  });
}

interface Reading {
  rows: number[];
}

/**
 * The ways the rows of a total's block may add up to it: the items; subtotals and items after them; items
 * and bold rows; items without forecasts.
 */
function readings(grid: Grid, kinds: RowRole[], from: number, to: number): Reading[] | undefined {
  const block = kinds.slice(from, to);
  if (block.includes('other') || block.includes('total')) return undefined;
  const index = (k: number) => from + k;
  const items = block.flatMap((r, k) => (r === 'item' ? [index(k)] : []));
  const out: Reading[] = [{ rows: items }];
  const lastSub = block.lastIndexOf('subtotal');
  if (lastSub >= 0) {
    const subs = block.flatMap((r, k) => (r === 'subtotal' || (r === 'item' && k > lastSub) ? [index(k)] : []));
    out.push({ rows: subs });
  }
  // A bold row may be a subtotal or only a figure the writer stressed: both readings are tried.
  const withGroups = block.flatMap((r, k) => (r === 'item' || r === 'group' ? [index(k)] : []));
  if (withGroups.length !== items.length) out.push({ rows: withGroups });
  const actual = items.filter((r) => !isForecastLabel(grid.rows[r][0].text));
  if (actual.length !== items.length && actual.length >= 2) out.push({ rows: actual });
  return out.filter((r) => r.rows.length >= 2);
}

function outcome(total: Quantity, parts: GridCell[], certainty: Certainty, lang: Grid['lang'], note: string): RelationOutcome {
  return {
    check: 'arith.sum',
    result: total,
    operands: parts.map((c) => c.value as Quantity),
    computed: sumOf(parts),
    recompute: (qs) => qs.reduce<Interval>((acc, q) => add(acc, { low: q.low, high: q.high }), { low: 0, high: 0 }),
    formula: parts.map((c) => c.text).join(' + '),
    certainty,
    lang,
    notes: [note],
    partsListed: true,
    // A sign written outside the figure ("(0.5)") is not one a fix could keep.
    noFix: parts.some((c) => c.signed !== c.value) || !total.text,
  };
}

/** Each total (or subtotal) row against the rows above it, column by column. */
export function totalRows(grid: Grid, locale: Locale): RelationOutcome[] {
  const kinds = roles(grid);
  const out: RelationOutcome[] = [];
  let lastTotal = -1;
  let lastSubtotal = -1;
  grid.rows.forEach((row, t) => {
    const kind = kinds[t];
    if (kind !== 'total' && kind !== 'subtotal') return;
    const from = kind === 'total' ? lastTotal + 1 : Math.max(lastTotal, lastSubtotal) + 1;
    if (kind === 'total') lastTotal = t;
    else lastSubtotal = t;
    const ways = row.length === grid.header.length ? readings(grid, kinds, from, t) : undefined;
    if (!ways?.length) return;
    const { certainty } = rowRole(row[0].text);
    for (let c = 1; c < row.length; c++) {
      const total = row[c];
      const header = grid.header[c].text;
      if (!total.value || total.hasSign || changeKind(header) || !additive(total.value, header)) continue;
      // Shares beside their amounts are read as shares (tableShares.ts): one wrong share is not also a wrong 100%.
      if (total.value.kind === 'percent' && row[c - 1]?.value && row[c - 1].value?.kind !== 'percent') continue;
      for (const way of ways) {
        const parts = way.rows.map((r) => grid.rows[r][c]);
        if (!parts.every((p) => p?.value && sameDimension(p.value, total.value as Quantity))) continue;
        const note = columnNote(locale, header, parts.map((p, i) => ({ label: grid.rows[way.rows[i]][0].text, cell: p })));
        out.push(outcome(total.value, parts, certainty, grid.lang, note));
      }
    }
  });
  return out;
}

/**
 * What each total cell's rows add up to (the items' reading), for relations that use a total as an
 * operand: a total that does not add up is that row's mistake, and a change or share computed from the
 * rows' sum instead is not a second one.
 */
export function rowSums(grid: Grid): Map<GridCell, Interval> {
  const sums = new Map<GridCell, Interval>();
  const kinds = roles(grid);
  let lastTotal = -1;
  grid.rows.forEach((row, t) => {
    if (kinds[t] !== 'total') return;
    const ways = row.length === grid.header.length ? readings(grid, kinds, lastTotal + 1, t) : undefined;
    lastTotal = t;
    if (!ways?.length) return;
    for (let c = 1; c < row.length; c++) {
      const total = row[c];
      const parts = ways[0].rows.map((r) => grid.rows[r][c]);
      if (total.value && parts.every((p) => p?.value && sameDimension(p.value, total.value as Quantity))) sums.set(total, sumOf(parts));
    }
  });
  return sums;
}

/** A column headed Total against the figures of its row before it. */
export function totalColumns(grid: Grid, locale: Locale): RelationOutcome[] {
  const out: RelationOutcome[] = [];
  const kinds = roles(grid);
  grid.header.forEach((h, c) => {
    if (c < 3 || !isTotalHeader(h.text)) return;
    const columns: number[] = [];
    for (let j = 1; j < c; j++) columns.push(j);
    // Only figures of one measure per column: no change, share or total column among them.
    if (columns.some((j) => changeKind(grid.header[j].text) || shareHeader(grid.header[j].text) || isTotalHeader(grid.header[j].text))) return;
    if (new Set(columns.map((j) => unitNote(grid.header[j].text))).size > 1) return;
    grid.rows.forEach((row, r) => {
      // A first cell with a figure is a column of figures, not the row's label.
      if (row.length !== grid.header.length || kinds[r] === 'other' || row[0].value) return;
      const total = row[c];
      if (!total.value || total.hasSign || !additive(total.value, h.text)) return;
      const parts = columns.map((j) => row[j]);
      if (!parts.every((p) => p.value && sameDimension(p.value, total.value as Quantity))) return;
      const note = rowNote(locale, row[0].text, parts.map((p, i) => ({ label: grid.header[columns[i]].text, cell: p })));
      out.push(outcome(total.value, parts, 'explicit', grid.lang, note));
    });
  });
  return out;
}
