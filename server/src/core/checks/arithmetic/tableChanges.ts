/**
 * Change columns: a table whose header has a current column, a baseline column and a change column
 * ("Q3 FY25 | Q3 FY24 | YoY", "营收 | 去年同期 | 同比", "2024 | 2023 | Growth") holds in each row the change
 * from the baseline to the current figure: a rate (current ÷ baseline − 1), percentage points when the
 * figures are percentages, a difference when the change is an amount, a multiple.
 *
 * Which column is current and which the baseline comes from the headers only: two periods of the same
 * length with the same other words ("Revenue 2024" / "Revenue 2023"), the later current (for a plain
 * "Growth" the period right before it or the same span a year before: "2023 | 2030E | Growth" may be
 * a yearly rate); or a baseline
 * word ("Year earlier", 去年同期, "Prior") beside one other figure column. A YoY header needs the
 * baseline a year before, a QoQ header the quarter before; anything unclear reads no relation. The
 * columns read are those between the change column and the previous change or share column, so a wide
 * table of several measures pairs each change with its own two columns.
 *
 * A change written without a sign is read either way round (writers leave the minus out of a decline
 * column as often as they mean it); a percentage change of two percentages may be points or relative,
 * and either reading explains it (probable only).
 */
import type { Quantity } from '../../model';
import type { Locale } from '../../i18n/messages';
import { div, scale, shift, sub, type Interval } from '../intervals';
import { intervalOf, sameDimension } from './operands';
import type { Certainty, RelationOutcome } from './outcome';
import { rowNote } from './tableNotes';
import { signedInterval, type Grid, type GridCell } from './tableGrid';
import { rowSums } from './tableTotals';
import {
  changeKind,
  headerPeriod,
  isBaselineHeader,
  isCurrentHeader,
  periodBefore,
  quarterBefore,
  sameLength,
  shareHeader,
  startsAfter,
  unitNote,
  yearBefore,
  type ChangeKind,
} from './tableHeaders';

interface Pair {
  current: number;
  baseline: number;
  /** A bare "%" header is only probably a change: weak (information). */
  certainty: Certainty;
}

function isChangeOrShare(grid: Grid, c: number): boolean {
  return changeKind(grid.header[c].text) !== undefined || shareHeader(grid.header[c].text) !== undefined;
}

/** The period pair among `columns`, the later current; undefined unless exactly one pair fits the kind. */
function periodPair(grid: Grid, columns: number[], kind: ChangeKind, documentDate: string | undefined): [number, number] | undefined {
  const dated = columns.flatMap((c) => {
    const hp = headerPeriod(grid.header[c].text, documentDate);
    return hp ? [{ c, ...hp }] : [];
  });
  if (dated.length < 2) return undefined;
  const fits = (a: (typeof dated)[0], b: (typeof dated)[0]) => {
    if (a.rest !== b.rest || !sameLength(a.period, b.period) || startsAfter(a.period, b.period) <= 15) return false;
    if (kind === 'yoy') return yearBefore(a.period, b.period);
    if (kind === 'qoq') return quarterBefore(a.period, b.period);
    // A plain "Growth" between 2023 and 2030E may be a yearly rate: only the period right before, or
    // the same span a year before (H1 2025 against H1 2024), is read.
    return periodBefore(a.period, b.period) || yearBefore(a.period, b.period);
  };
  if (dated.length === 2) {
    const [x, y] = dated;
    if (fits(x, y)) return [x.c, y.c];
    if (fits(y, x)) return [y.c, x.c];
    return undefined;
  }
  // More than two periods: the latest is current, and the kind must single out its baseline.
  if (kind !== 'yoy' && kind !== 'qoq') return undefined;
  const latest = dated.reduce((a, b) => (startsAfter(b.period, a.period) > 0 ? b : a));
  if (dated.some((d) => d !== latest && d.period.start === latest.period.start)) return undefined;
  const bases = dated.filter((d) => fits(latest, d));
  return bases.length === 1 ? [latest.c, bases[0].c] : undefined;
}

/** The baseline a header names by word, and the one other figure column (or the one headed as current). */
function wordPair(grid: Grid, columns: number[]): [number, number] | undefined {
  const baselines = columns.filter((c) => isBaselineHeader(grid.header[c].text));
  if (baselines.length !== 1) return undefined;
  const others = columns.filter((c) => c !== baselines[0]);
  const current = others.filter((c) => isCurrentHeader(grid.header[c].text));
  if (current.length === 1) return [current[0], baselines[0]];
  return others.length === 1 ? [others[0], baselines[0]] : undefined;
}

function pairFor(grid: Grid, c: number, kind: ChangeKind, documentDate: string | undefined): Pair | undefined {
  const own: number[] = [];
  for (let j = c - 1; j >= 1 && !isChangeOrShare(grid, j); j--) own.unshift(j);
  // Columns of words ("Period", "Source") are not candidates for the current figure.
  const byWords = wordPair(grid, own.filter((j) => grid.rows.some((row) => row[j]?.value)));
  if (byWords) return { current: byWords[0], baseline: byWords[1], certainty: kind === 'percentOnly' ? 'weak' : 'explicit' };
  const byPeriods = periodPair(grid, own, kind, documentDate);
  if (byPeriods) return { current: byPeriods[0], baseline: byPeriods[1], certainty: kind === 'percentOnly' ? 'weak' : 'explicit' };
  if (kind !== 'yoy' && kind !== 'qoq') return undefined;
  // "| Q3 FY25 | Q2 FY25 | QoQ | Q3 FY24 | YoY |": a YoY column's baseline may stand apart from the current figure.
  const all: number[] = [];
  for (let j = 1; j < grid.header.length; j++) if (!isChangeOrShare(grid, j)) all.push(j);
  const wide = periodPair(grid, all, kind, documentDate);
  return wide ? { current: wide[0], baseline: wide[1], certainty: 'explicit' } : undefined;
}

function rate(cur: Interval, base: Interval): Interval {
  return shift(scale(div(cur, base), 100), -100);
}

function negate(i: Interval): Interval {
  return scale(i, -1);
}

interface Reading {
  computed: Interval;
  formula: string;
  recompute?: (qs: Quantity[]) => Interval;
}

/** What the change cell may be computed as, from the two figures. */
function readingsOf(change: GridCell, cur: GridCell, base: GridCell, ci: Interval, bi: Interval): Reading[] {
  const q = change.value as Quantity;
  const c = cur.value as Quantity;
  const b = base.value as Quantity;
  const ratio = `(${cur.text} ÷ ${base.text} − 1) × 100%`;
  const diff = `${cur.text} − ${base.text}`;
  if (c.kind === 'percent' && b.kind === 'percent') {
    if (q.kind === 'points') return [{ computed: sub(ci, bi), formula: diff }];
    if (q.kind === 'percent') return [{ computed: sub(ci, bi), formula: diff }, { computed: rate(ci, bi), formula: ratio }];
    return [];
  }
  if (!sameDimension(c, b) || (bi.low ?? 0) <= 0 || (ci.low ?? -1) < 0) return [];
  if (q.kind === 'percent') return [{ computed: rate(ci, bi), formula: ratio, recompute: ([o, n]) => rate(intervalOf(n), intervalOf(o)) }];
  if (q.kind === 'multiple') return [{ computed: div(ci, bi), formula: `${cur.text} ÷ ${base.text}`, recompute: ([o, n]) => div(intervalOf(n), intervalOf(o)) }];
  if (sameDimension(q, c)) return [{ computed: sub(ci, bi), formula: diff, recompute: ([o, n]) => sub(intervalOf(n), intervalOf(o)) }];
  return [];
}

/** A cell's interval, and for a total that does not add up also its rows' sum (tableTotals.ts: rowSums). */
function operandIntervals(cell: GridCell, sums: Map<GridCell, Interval>): Interval[] {
  const sum = sums.get(cell);
  return sum ? [signedInterval(cell), sum] : [signedInterval(cell)];
}

export function changeColumns(grid: Grid, locale: Locale, documentDate: string | undefined): RelationOutcome[] {
  const out: RelationOutcome[] = [];
  const sums = rowSums(grid);
  grid.header.forEach((h, c) => {
    const kind = changeKind(h.text);
    if (!kind || c < 2) return;
    const pair = pairFor(grid, c, kind, documentDate);
    if (!pair) return;
    const curHeader = grid.header[pair.current].text;
    const baseHeader = grid.header[pair.baseline].text;
    for (const row of grid.rows) {
      // Any row compares its own two figures, a "Total revenue" row included.
      if (row.length !== grid.header.length) continue;
      const [change, cur, base] = [row[c], row[pair.current], row[pair.baseline]];
      if (!change.value || !cur.value || !base.value) continue;
      // Bare figures compare only under one unit note: "($B)" and "($M)" are not one measure.
      if (cur.value.kind === 'number' && unitNote(curHeader) !== unitNote(baseHeader)) continue;
      const twoPercents = cur.value.kind === 'percent';
      const eitherKind = twoPercents && change.value.kind === 'percent';
      const certainty: Certainty = eitherKind && pair.certainty === 'explicit' ? 'probable' : pair.certainty;
      const note = rowNote(locale, row[0].text, [
        { label: curHeader, cell: cur },
        { label: baseHeader, cell: base },
      ]);
      const pairs = operandIntervals(cur, sums).flatMap((ci) => operandIntervals(base, sums).map((bi) => [ci, bi] as const));
      for (const r of pairs.flatMap(([ci, bi]) => readingsOf(change, cur, base, ci, bi))) {
        const readings = change.hasSign ? [r.computed] : [r.computed, negate(r.computed)];
        for (const computed of readings) {
          out.push({
            check: 'arith.growth',
            result: change.signed as Quantity,
            operands: [base.value, cur.value],
            computed,
            ...(r.recompute && computed === r.computed ? { recompute: r.recompute } : {}),
            formula: r.formula,
            certainty,
            lang: grid.lang,
            notes: [note],
            // A fix only where the value is certain: one reading, and a sign the writer wrote or did not need.
            noFix: change.signed !== change.value || certainty !== 'explicit' || eitherKind || (!change.hasSign && (r.computed.high ?? 0) < 0),
          });
        }
      }
    }
  });
  return out;
}
