/**
 * A table column's header says which period its cells are for, and two label shapes defer to it.
 *
 * "| Company | AI line | 2024 figure | Year earlier |": a header that is only "Year earlier", "Prior
 * year", "Year ago", 上年, 上年同期, 去年同期 names the period of the nearest column before it that names
 * one, a year back, as "a year earlier" after a figure does in prose (yearEarlier.ts).
 *
 * "| Broadcom | AI revenue, FY to Nov 3 | $12.2B | $3.8B |": a year-less day or month after "FY to",
 * "fiscal year ended", 财年截至 (or before 止的财年, 结束的财年) tells on which day the company's fiscal year
 * closes, not which year: the column's header names the year. The cell is the fiscal year that closes on
 * that day in the header's year (FY to 3 November 2024 under "2024 figure", to 3 November 2023 under
 * "Year earlier"). Read as a date, the label would give both columns the same guessed day.
 */
import type { Binding, Period, Span } from '../model';
import type { PeriodSpec } from './periodSpec';
import { addDays, addMonths, daysInMonth, iso } from './calendar';
import type { TableCell } from './tables';
import { aYearBack } from './yearEarlier';

type Finder = (span: Span) => { start: number; end: number; period?: Period; kind?: string; spec?: PeriodSpec }[];

/** A header that is nothing but "a year earlier": the period of the column before it, a year back. */
const YEAR_EARLIER_HEADER = /^\s*(?:(?:a\s+)?year\s+(?:earlier|ago|before)|(?:the\s+)?(?:prior|previous)\s+year|year-?(?:earlier|ago)|上年|上一年|去年|上年同期|去年同期|一年前)\s*$/i;
/** Right before the date: "FY to", "fiscal year ended", "fiscal year ending", "财年截至". */
const FISCAL_END_BEFORE = /(?:(?<![A-Za-z])FY|fiscal\s+year)\s+(?:to|ended|ending|ends|through)\s+$|财年(?:截至|截止|止于|结束于)\s*$/i;
/** Right after the date: "止的财年", "结束的财年". */
const FISCAL_END_AFTER_ZH = /^\s*(?:止|结束)的?财年/;

/** The period the header of q's column names: its own single period, or the column before's a year back. */
export function columnHeaderPeriod(text: string, cell: TableCell, find: Finder): Binding<Period> | undefined {
  if (!cell.header) return undefined;
  const own = singlePeriod(find(cell.header));
  if (own) return own;
  if (!YEAR_EARLIER_HEADER.test(text.slice(cell.header.start, cell.header.end)) || !cell.headers) return undefined;
  const at = cell.headers.findIndex((h) => h.start === cell.header!.start);
  for (let i = at - 1; i >= 0; i--) {
    const before = singlePeriod(find(cell.headers[i]));
    if (!before) continue;
    const back = aYearBack(before.value);
    return back && { value: back, how: 'explicit', span: { start: cell.header.start, end: cell.header.end } };
  }
  return undefined;
}

/**
 * The fiscal year a row label's year-less closing day ("FY to Nov 3") and the column header's year
 * give the cell, when the bound period is that label's date.
 */
export function fiscalCalendarCellPeriod(text: string, cell: TableCell, found: Binding<Period> | undefined, find: Finder): Binding<Period> | undefined {
  const at = found?.span;
  if (!at || (at.start >= cell.cell.start && at.end <= cell.cell.end)) return undefined;
  if (!cell.cells.some((c) => c.start <= at.start && at.end <= c.end)) return undefined;
  const spec = find(at).find((m) => m.start === at.start && m.end === at.end)?.spec;
  if (!spec || (spec.t !== 'day' && spec.t !== 'month' && spec.t !== 'monthYear') || spec.year !== undefined) return undefined;
  // "截至11月3日的财年", "the fiscal year to Nov 3" say "fiscal year" themselves; a bare day needs the words around it.
  if (spec.t !== 'monthYear' && !FISCAL_END_BEFORE.test(text.slice(Math.max(0, at.start - 24), at.start)) && !FISCAL_END_AFTER_ZH.test(text.slice(at.end, at.end + 8))) return undefined;
  const header = columnHeaderPeriod(text, cell, find);
  const y = header && +header.value.end.slice(0, 4);
  if (!header || !y) return undefined;
  const day = spec.t === 'day' ? spec.d : spec.t === 'monthYear' ? writtenDay(text.slice(at.start, at.end)) : undefined;
  const end = { y, m: spec.m, d: day ? Math.min(day, daysInMonth(y, spec.m)) : daysInMonth(y, spec.m) };
  const start = addDays(addMonths(end, -12), 1);
  return { value: { start: iso(start), end: iso(end), label: `fiscal year to ${iso(end)}` }, how: 'explicit', span: header.span };
}

/** The day a fiscal year's closing month is written with: "11月3日", "Nov 3", "November 3rd". */
function writtenDay(words: string): number | undefined {
  const m = /(\d{1,2})\s*日/.exec(words) ?? /[A-Za-z]\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)/.exec(words);
  return m ? +m[1] : undefined;
}

function singlePeriod(named: ReturnType<Finder>): Binding<Period> | undefined {
  const periods = named.filter((m) => m.period && m.kind !== 'present');
  const distinct = new Set(periods.map((m) => `${m.period!.start}/${m.period!.end}`));
  return distinct.size === 1 ? { value: periods[0].period!, how: 'explicit', span: { start: periods[0].start, end: periods[0].end } } : undefined;
}
