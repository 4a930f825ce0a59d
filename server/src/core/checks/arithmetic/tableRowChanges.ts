/**
 * Change columns of a table whose rows are periods: "| Quarter | Revenue | YoY |" with a row per quarter.
 * The change in a row is measured against the row of its baseline period, found by the row labels'
 * periods (written with their year), not by adjacency: YoY needs the row a year before, QoQ / 环比 the
 * quarter before. A plain "Growth" / 增长 is read only between years (between quarters it may be either
 * kind). The measure is the column right before the change column, as a reader takes a bare "YoY".
 * A row whose baseline row the table does not hold is not read.
 */
import type { Quantity } from '../../model';
import type { Locale } from '../../i18n/messages';
import { div, scale, shift, sub, type Interval } from '../intervals';
import { sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import { columnNote } from './tableNotes';
import { signedInterval, type Grid, type GridCell } from './tableGrid';
import { changeKind, headerPeriod, quarterBefore, shareHeader, yearBefore, type HeaderPeriod } from './tableHeaders';
import { DAY_MS } from '../../bind/calendar';

function isYear(p: HeaderPeriod): boolean {
  const length = (Date.parse(p.period.end) - Date.parse(p.period.start)) / DAY_MS;
  return length > 350 && length < 380;
}

/** The row holding the baseline period of row `i` for this kind of change, if the table has exactly one. */
function baselineRow(periods: (HeaderPeriod | undefined)[], i: number, kind: 'yoy' | 'qoq' | 'any'): number | undefined {
  const cur = periods[i];
  if (!cur) return undefined;
  const before = kind === 'qoq' ? quarterBefore : yearBefore;
  if (kind === 'any' && !isYear(cur)) return undefined;
  const found = periods.flatMap((p, j) => (p && j !== i && p.rest === cur.rest && before(cur.period, p.period) ? [j] : []));
  return found.length === 1 ? found[0] : undefined;
}

function computed(change: Quantity, cur: Interval, base: Interval, percents: boolean): Interval | undefined {
  if (percents) return change.kind === 'points' ? sub(cur, base) : undefined;
  if (change.kind === 'percent') return shift(scale(div(cur, base), 100), -100);
  return undefined;
}

export function rowChangeColumns(grid: Grid, locale: Locale, documentDate: string | undefined): RelationOutcome[] {
  const periods = grid.rows.map((row) => (row.length === grid.header.length && !row[0].value ? headerPeriod(row[0].text, documentDate) : undefined));
  if (periods.filter(Boolean).length < 2) return [];
  // Periods across the header too: which axis a change runs along is unclear (tableChanges.ts reads columns).
  if (grid.header.some((h, c) => c > 0 && headerPeriod(h.text, documentDate))) return [];
  const out: RelationOutcome[] = [];
  grid.header.forEach((h, c) => {
    const kind = changeKind(h.text);
    const measure = c - 1;
    if (!kind || kind === 'percentOnly' || measure < 1 || changeKind(grid.header[measure].text) || shareHeader(grid.header[measure].text)) return;
    grid.rows.forEach((row, i) => {
      const b = baselineRow(periods, i, kind);
      if (b === undefined) return;
      const [change, cur, base]: GridCell[] = [row[c], row[measure], grid.rows[b][measure]];
      if (!change?.value || !cur?.value || !base?.value || !sameDimension(cur.value, base.value)) return;
      const ci = signedInterval(cur);
      const bi = signedInterval(base);
      const percents = cur.value.kind === 'percent';
      if (!percents && ((bi.low ?? 0) <= 0 || (ci.low ?? -1) < 0)) return;
      const value = computed(change.value, ci, bi, percents);
      if (!value) return;
      const note = columnNote(locale, grid.header[measure].text, [
        { label: row[0].text, cell: cur },
        { label: grid.rows[b][0].text, cell: base },
      ]);
      const formula = percents ? `${cur.text} − ${base.text}` : `(${cur.text} ÷ ${base.text} − 1) × 100%`;
      // A decline written without a sign is read either way round, as in a column-wise change.
      for (const v of change.hasSign ? [value] : [value, scale(value, -1)]) {
        out.push({ check: 'arith.growth', result: change.signed as Quantity, operands: [base.value, cur.value], computed: v, formula, certainty: 'explicit', lang: grid.lang, notes: [note], noFix: change.signed !== change.value || (!change.hasSign && (value.high ?? 0) < 0) });
      }
    });
  });
  return out;
}
