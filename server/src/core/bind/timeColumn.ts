/**
 * A cell that holds nothing but a date ("| late April |", "| Feb |", "| 2025年3月 |") is a value of its
 * column, and its column's header says what that date is. It dates the row's other figures only when
 * the column is the row's time column: a header like Date, Month, Period, Quarter, As of, Announced,
 * 时间, 日期, one naming a period itself ("Month (2025)"), or one naming the row's event (Round, 轮次). A column of what comes next ("Next
 * datapoint", "Expected", 下一次, 预计) or of anything else holds a date of its own, not the row's.
 * A date written inside a label ("| Series D (June 2024) |") or a table without headers is not judged here.
 * Part of binding (index.ts): gates tableBinding.ts's row period and monthCell.ts.
 */
import type { Binding, Period, Span } from '../model';
import type { TableCell } from './tables';

/**
 * A header naming when the row's figures happened, or the event they belong to: a round, a deal or a
 * filing named by its date ("| Cohere | Jun 2023 | $270M |" under "Round") is dated by it too.
 */
const TIME_HEADER =
  /\b(?:date[ds]?|month|period|quarter|year|time|when|as\s+of|ended|ending|announced|reported|closed|release[ds]?|launch(?:e[ds])?|published|fiscal|round|series|deal|event|filing|funding|financing|raise)\b|FY|时间|日期|月份|季度|年份|年度|期间|财季|财年|截至|截止|公布|宣布|发布|上市|推出|轮次|融资|事件|交易/i;
/**
 * "最近一轮", "最新一轮": a header naming the row's latest round without saying which of its dates the cell
 * gives (the month it was reported, or the month it closed, a few weeks apart). Its date places the row's
 * figures in that round, as context: enough to read their scale, currency or measure against the
 * round's record, never to call them another month's (rowDateColumnPeriod only).
 */
const LATEST_ROUND_HEADER = /(?:最近|最新|上|前|较早|此前)一轮(?!估值|融资|金额)/;
/** A header naming what comes later than the row's figures. */
const UPCOMING_HEADER = /\b(?:next|expected|upcoming|forecast|due|scheduled|planned|coming)\b|下一|下次|下个|预计|预期|即将|计划/i;

/** Words naming what comes later than the row's figures ("Next datapoint", "expected (Mar)", 预计). */
export function namesUpcoming(words: string): boolean {
  return UPCOMING_HEADER.test(words);
}

/** Whether the date-only cell `c` may date the other cells of its row, by its column's header. */
export function datesItsRow(text: string, cell: TableCell, c: Span, headerNamesPeriod: (header: Span) => boolean): boolean {
  const column = cell.cells.indexOf(c);
  const header = column >= 0 ? cell.headers?.[column] : undefined;
  if (!header || header.end <= header.start) return true;
  const words = text.slice(header.start, header.end);
  if (UPCOMING_HEADER.test(words)) return false;
  return TIME_HEADER.test(words) || headerNamesPeriod(header);
}

/**
 * The row period found for a figure, unless it was read from another cell that holds only that date
 * and whose column is not the row's time column ("late April" under "Next datapoint").
 */
export function rowPeriodByTimeColumn(
  text: string,
  cell: TableCell,
  found: Binding<Period> | undefined,
  headerNamesPeriod: (header: Span) => boolean,
): Binding<Period> | undefined {
  const at = found?.span;
  if (!at || !cell.headers) return found;
  const holder = cell.cells.find((c) => c.start <= at.start && at.end <= c.end);
  if (!holder || holder === cell.cell) return found;
  const dateOnly = text.slice(holder.start, at.start).trim() === '' && text.slice(at.end, holder.end).trim() === '';
  return dateOnly && !datesItsRow(text, cell, holder, headerNamesPeriod) ? undefined : found;
}

/**
 * A row with no period of its own reading takes the date its time or round column writes, even when
 * the date's own words would date only a publication ("| xAI | December 2024 filing | $6B | ~$50B |"
 * under "Round (date)": the header says the filing is the row's event). Only one placed date in the cell,
 * under a header (not one of what comes next); bound as context, since the cell was read as a publication.
 */
export function rowDateColumnPeriod(
  text: string,
  cell: TableCell,
  found: Binding<Period> | undefined,
  find: (span: Span) => { start: number; end: number; period?: Period }[],
): Binding<Period> | undefined {
  if (found || !cell.headers) return found;
  for (const [i, c] of cell.cells.entries()) {
    const header = cell.headers[i];
    if (c === cell.cell || !header || header.end <= header.start || c.end <= c.start) continue;
    const words = text.slice(header.start, header.end);
    if (UPCOMING_HEADER.test(words) || !(TIME_HEADER.test(words) || LATEST_ROUND_HEADER.test(words))) continue;
    const dates = find(c);
    if (dates.length === 1 && dates[0].period) return { value: dates[0].period, how: 'context', span: { start: dates[0].start, end: dates[0].end } };
  }
  return undefined;
}

/**
 * A column saying when the row's product came out ("Launched", "Released", "Announced", "Launch date",
 * 发布时间, 上线, 推出): it dates the model, and a price in another column is the price the table lists,
 * which may have been set or cut since. So a price keeps no period read from such a cell.
 */
const LAUNCH_HEADER = /\b(?:launch(?:e[ds])?|release[ds]?|announced|debut(?:ed)?|introduced|unveiled)\b|发布|上线|推出|首发|亮相/i;

/** The row period found for a price, unless it was read from a cell under a launch or release column. */
export function unlessLaunchColumnDatesPrice(
  text: string,
  cell: TableCell,
  found: Binding<Period> | undefined,
  isPrice: boolean,
): Binding<Period> | undefined {
  const at = found?.span;
  if (!isPrice || !at || !cell.headers) return found;
  const column = cell.cells.findIndex((c) => c !== cell.cell && c.start <= at.start && at.end <= c.end);
  const header = column >= 0 ? cell.headers[column] : undefined;
  return header && LAUNCH_HEADER.test(text.slice(header.start, header.end)) ? undefined : found;
}
