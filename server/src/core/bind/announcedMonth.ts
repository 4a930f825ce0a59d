/**
 * "在7月把全年资本开支指引上调至850亿美元", "in July it raised its full-year capex guidance to $85B": the
 * month dates the announcement, the figure is the whole year's. A month (or day) that dates an
 * announcing verb is not the period of a figure its words call full-year: the period is the year the
 * announcement fell in (the fiscal year, for a company whose fiscal year is not the calendar's).
 */
import type { Period, Quantity, Span } from '../model';
import { calendarYearPeriod, fiscalQuarterOf, fiscalYearPeriod, isNonCalendarFiscal, parseIso } from './calendar';
import type { PeriodMention } from './periods';

/** Words that make a figure the whole year's. */
const FULL_YEAR = /全年|(?<![A-Za-z])(?:full[-\s]year|for\s+the\s+(?:full\s+|whole\s+)?year)(?![A-Za-z])/i;
/** Verbs that announce, give or revise a figure (guidance, a forecast, a budget: "2月给出的全年指引"). */
const ANNOUNCING =
  /上调|下调|调高|调低|提高|降低|宣布|给出|预计|(?<![A-Za-z])(?:rais(?:ed|es|ing)|cut(?:s|ting)?|lift(?:ed|s|ing)|lower(?:ed|s|ing)|announc(?:ed|es|ing)|boost(?:ed|s|ing)|trimm(?:ed|ing)|guided|gave|issued)(?![A-Za-z])/i;
/** A statement ends here: the month past it dates something else. */
const STATEMENT_BREAK = /[;；。!?！？]/;

const DATED_EVENT = new Set<PeriodMention['spec']['t']>(['month', 'day', 'monthPart']);

export interface AnnouncedInput {
  text: string;
  quantity: Quantity;
  clause: Span;
  quantities: readonly Quantity[];
  fiscalYearEnd?: string;
}

/**
 * The words that may say what the figure at a date mention is: those between the two, then the figure's
 * clause; undefined when a statement break or another figure stands between them (the date is theirs).
 */
export function figureWords(input: AnnouncedInput, m: Span): string | undefined {
  const { text, quantity: q, clause } = input;
  const [from, to] = m.end <= q.start ? [m.end, q.start] : [q.end, m.start];
  if (from > to) return undefined;
  const between = text.slice(from, to);
  if (STATEMENT_BREAK.test(between)) return undefined;
  if (input.quantities.some((o) => o !== q && o.start >= from && o.end <= to)) return undefined;
  return `${between} ${text.slice(clause.start, clause.end)}`;
}

/** The year a full-year figure announced at mention m is for, or undefined when the rule does not apply. */
export function announcedFullYear(input: AnnouncedInput, m: PeriodMention): Period | undefined {
  if (!DATED_EVENT.has(m.spec.t) || m.since || !m.period) return undefined;
  const words = figureWords(input, m);
  if (words === undefined || !FULL_YEAR.test(words) || !ANNOUNCING.test(words)) return undefined;
  const day = parseIso(m.period.start);
  if (!day) return undefined;
  const fye = input.fiscalYearEnd;
  return isNonCalendarFiscal(fye) ? fiscalYearPeriod(fiscalQuarterOf(day, fye).fy, fye) : calendarYearPeriod(day.y);
}
