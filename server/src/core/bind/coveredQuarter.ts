/**
 * "TSMC's January print covered a quarter with revenue of NT$868.5B", "the April report showed quarterly
 * revenue of…", "4月披露的季报显示营收为…": a month that dates a publication whose words say it covers a
 * quarter says when the quarter's results came out. The figure is the quarter that closed before the
 * publication (results come out weeks after a quarter ends, never during it); the quarter is inferred,
 * so a warning at most. A bare "print" or "report" dates a publication only with such words (or a
 * whole year's, publicationMonth.ts): "the January print" of a monthly series is January's.
 */
import type { Period } from '../model';
import { calendarQuartersPeriod, fiscalQuarterOf, fiscalQuartersPeriod, isNonCalendarFiscal, shiftQuarter, type YMD } from './calendar';
import type { AnnouncedInput } from './announcedMonth';

/** Words that say a publication (or its figure) covers a quarter. */
const COVERS_QUARTER =
  /(?<![A-Za-z])(?:cover(?:ed|s|ing)?\s+(?:a|the|that|its)\s+(?:fiscal\s+)?quarter|for\s+(?:a|the|that)\s+(?:fiscal\s+)?quarter|quarterly|(?:the\s+)?quarter['’]s|10-Qs?)(?![A-Za-z-])|季报|单季|当季|该季度?|季度(?=营收|收入|利润|净利|销售|毛利)/i;
/** A statement ends here: a month past it dates something else. */
const STATEMENT_BREAK = /[;；。!?！？]/;

/**
 * The month at m (before the figure, in its statement) dates a publication its words say covers a
 * quarter: the words from the month to the figure, then the figure's clause. Other figures may stand
 * between: the publication covers them all ("revenue of NT$868.5B … and net income of NT$347.7B").
 */
export function coversQuarter(input: AnnouncedInput, m: { start: number; end: number }): boolean {
  const { text, quantity: q, clause } = input;
  if (m.end > q.start) return false;
  const between = text.slice(m.end, q.start);
  if (STATEMENT_BREAK.test(between)) return false;
  return COVERS_QUARTER.test(between) || COVERS_QUARTER.test(text.slice(clause.start, clause.end));
}

/** The (fiscal) quarter that closed last before the day a publication came out. */
export function quarterBeforePublication(published: YMD, fiscalYearEnd: string | undefined): Period {
  const now = fiscalQuarterOf(published, fiscalYearEnd);
  const before = shiftQuarter(now.fy, now.q, -1);
  return isNonCalendarFiscal(fiscalYearEnd) ? fiscalQuartersPeriod(before.fy, before.q, before.q, fiscalYearEnd) : calendarQuartersPeriod(before.fy, before.q);
}
