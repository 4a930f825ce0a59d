/**
 * A month (or day) in a table column headed "Ended", "Quarter ended", "Period ending", 截至, 截止月份 or 季度末 is
 * where the row's period ends, not the period: "| Q2 | July 2023 | $13.51B |" under "| FY2024 quarter | Ended |
 * Revenue |" is the quarter that ended in July 2023, as "the quarter that ended in July" is in prose.
 * Part of binding (index.ts), after tableBinding.ts has bound the row's period.
 */
import type { Binding, Period } from '../model';
import { addDays, addMonths, daysInMonth, iso, parseIso } from './calendar';
import type { TableCell } from './tables';

/** A header that says its dates end the row's period. */
const ENDED_HEADER = /^(?:(?:fiscal\s+)?(?:quarter|period|year|three\s+months|twelve\s+months|12\s+months)\s+)?(?:ended|ending|end(?:\s+date)?|ends)$|^(?:截至|截止|季度末|期末|财季末|截至日期|截止日期|截至月份|截止月份)$/i;

/** Words of the table's header or row label that make its periods quarters, or years. */
const QUARTER_WORDS = /quarter|\bQ[1-4]\b|季度|财季|季末/i;
const YEAR_WORDS = /\byear\b|\bFY\s?\d{2,4}\b|年度|财年/i;

/**
 * The period a month (or day) of an "ended" column closes: the quarter ending with it when the header or
 * row speaks of quarters, the twelve months ending with it when they speak of years only; otherwise the
 * binding as found (which length of period the month ends is not said).
 */
export function endedColumnPeriod(text: string, cell: TableCell, found: Binding<Period> | undefined): Binding<Period> | undefined {
  const span = found?.span;
  if (!found || !span || !cell.headers) return found;
  const column = cell.cells.findIndex((c) => c.start <= span.start && span.end <= c.end);
  const header = column >= 0 ? cell.headers[column] : undefined;
  if (!header || column === cell.cells.indexOf(cell.cell)) return found;
  if (!ENDED_HEADER.test(text.slice(header.start, header.end).trim())) return found;
  const month = singleMonth(found.value);
  const day = found.value.start === found.value.end ? parseIso(found.value.end) : undefined;
  if (!month && !day) return found;
  // The row label and the other headers say what kind of period the row is ("FY2024 quarter", "Q2").
  const labels = [...cell.headers, ...(cell.rowLabel ? [cell.rowLabel] : [])].map((s) => text.slice(s.start, s.end)).join(' | ');
  const months = QUARTER_WORDS.test(labels) ? 3 : YEAR_WORDS.test(labels) ? 12 : 0;
  if (months === 0) return found;
  // A month ends the months up to it; a day ("July 30, 2023") the span from the day after the same day
  // three (or twelve) months before.
  const first = month ? addMonths(month, 1 - months) : day ? addDays(addMonths(day, -months), 1) : undefined;
  if (!first) return found;
  const start = iso(first);
  const label = `${months === 3 ? 'quarter' : 'year'} ended ${found.value.label}`;
  return { ...found, value: { start, end: found.value.end, label } };
}

/** The first day of the period when it is exactly one calendar month. */
function singleMonth(p: Period): { y: number; m: number; d: number } | undefined {
  const start = parseIso(p.start);
  const end = parseIso(p.end);
  if (!start || !end || start.d !== 1 || start.y !== end.y || start.m !== end.m) return undefined;
  return end.d === daysInMonth(end.y, end.m) ? start : undefined;
}
