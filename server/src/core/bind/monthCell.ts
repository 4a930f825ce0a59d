/**
 * A table row dated by a month (or quarter) cell: "| Acme | Series D | $300M | $3B | Feb |" under
 * "| Company | Round | Raised | Valuation | Month (2025) |", or "| 3月 |" under "| 2025年月份 |". The
 * cell says when the row's figures happened, and the year written in its column's header is the year
 * of every such cell below it, as a year heading is for a timeline's months (headingYear.ts). So the
 * row's figures take that month of that year, bound as plainly as a date in their own clause.
 *
 * A bare month abbreviation ("Feb", "Sept.") is a month only here, as the whole of a table cell: in
 * prose "Mar" or "May" may be anything. Without a year in the header the cell is read as a year-less
 * month is (the last such month before the document's date). A figure's own cell that names a period
 * keeps it: this only dates the figures of a row from its other cells.
 * Part of binding (index.ts), after tableBinding.ts.
 */
import type { Binding, Period, Span } from '../model';
import type { PeriodMention } from './periods';
import { explicitYear, resolveSpec, type PeriodSpec } from './periodSpec';
import type { TableCell } from './tables';
import { datesItsRow } from './timeColumn';
import { MONTH_NUMBERS_EN, MONTH_STEM_EN } from '../text/monthNames';

/** "Feb", "Sept.": only an abbreviation, not a full name (those are read by the period patterns). */
const MONTH_ABBREVIATION = new RegExp(`^(${MONTH_STEM_EN}|Sept)\\.?$`, 'i');
/** Year-less parts of a year a header's year may complete. */
const PART_OF_YEAR = new Set<PeriodSpec['t']>(['month', 'monthPart', 'day', 'monthRange', 'quarter', 'half']);

export interface MonthCellEnv {
  documentDate?: string;
  fiscalYearEnd?: string;
}

export function monthCellPeriod(
  text: string,
  cell: TableCell,
  found: Binding<Period> | undefined,
  find: (span: Span) => PeriodMention[],
  env: MonthCellEnv,
): Binding<Period> | undefined {
  if (!cell.headers || (found?.span && found.span.start >= cell.cell.start && found.span.end <= cell.cell.end)) return found;
  for (const [i, c] of cell.cells.entries()) {
    const header = cell.headers[i];
    if (c === cell.cell || !header || c.end <= c.start || !datesItsRow(text, cell, c, (h) => find(h).length > 0)) continue;
    const spec = cellSpec(text, c, find);
    if (!spec) continue;
    const year = headerYear(header, find);
    // Without a year of its own a month cell only fills a gap: another cell's year ("| 2024 | Mar |") is surer.
    if (year === undefined && found) continue;
    const period = resolveSpec(spec, { ...env, anchorYear: year });
    if (period) return { value: period, how: year === undefined ? 'sentence' : 'explicit', span: c };
  }
  return found;
}

/** The year-less month or part of a year that is the whole of the cell, if that is all it holds. */
function cellSpec(text: string, c: Span, find: (span: Span) => PeriodMention[]): PeriodSpec | undefined {
  const abbreviation = MONTH_ABBREVIATION.exec(text.slice(c.start, c.end).trim());
  if (abbreviation) return { t: 'month', year: undefined, m: MONTH_NUMBERS_EN[abbreviation[1].toLowerCase()] };
  const named = find(c);
  if (named.length !== 1 || named[0].since) return undefined;
  const spec = named[0].spec;
  const whole = text.slice(c.start, named[0].start).trim() === '' && text.slice(named[0].end, c.end).trim() === '';
  return whole && PART_OF_YEAR.has(spec.t) && 'year' in spec && spec.year === undefined ? spec : undefined;
}

/** The one calendar year the header names ("Month (2025)", "2025年月份"), if it names just that. */
function headerYear(header: Span, find: (span: Span) => PeriodMention[]): number | undefined {
  const named = find(header);
  if (named.length !== 1 || named[0].spec.t !== 'year' || named[0].spec.fiscal || named[0].since) return undefined;
  return explicitYear(named[0].spec);
}
