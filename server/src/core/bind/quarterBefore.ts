/**
 * "第三财季营收约351亿美元（上一季度为300亿美元）", "revenue rose to $35.1B in the third quarter, from $30B
 * the previous quarter": "the previous (next) quarter" said after a named quarter counts from that
 * quarter, not from the document's date. A calendar quarter steps in calendar quarters, any other
 * (a fiscal one) in the fiscal quarters of the company's year. Likewise "2024财年净利润…，上一财年仅…",
 * "in fiscal 2024, against … in the prior fiscal year": the fiscal year before the named one.
 */
import type { Period } from '../model';
import type { PeriodSpec } from './periodSpec';
import { addDays, addMonths, calendarQuartersPeriod, fiscalQuarterOf, fiscalQuartersPeriod, fiscalYearPeriod, iso, parseIso, shiftQuarter, DAY_MS } from './calendar';

/** A quarter is 89 to 92 days; a 13-week fiscal quarter 91, a 14-week one 98. */
const QUARTER_DAYS = [84, 99];

/** The quarter `offset` quarters from `named`, when `named` is a quarter; else undefined. */
export function quarterFromNamed(named: Period | undefined, offset: number, fiscalYearEnd: string | undefined): Period | undefined {
  const start = parseIso(named?.start);
  const end = parseIso(named?.end);
  if (!named || !start || !end || offset === 0 || !isQuarterLong(named)) return undefined;
  if (start.d === 1 && (start.m - 1) % 3 === 0) {
    const t = shiftQuarter(start.y, (start.m + 2) / 3, offset);
    return calendarQuartersPeriod(t.fy, t.q, t.q);
  }
  const here = fiscalQuarterOf(end, fiscalYearEnd);
  const t = shiftQuarter(here.fy, here.q, offset);
  return fiscalQuartersPeriod(t.fy, t.q, t.q, fiscalYearEnd);
}

/** Whether a period is one quarter long (calendar or fiscal). */
export function isQuarterLong(p: Period): boolean {
  const days = (Date.parse(p.end) - Date.parse(p.start)) / DAY_MS + 1;
  return days >= QUARTER_DAYS[0] && days <= QUARTER_DAYS[1];
}

/**
 * "the same quarter" (0) and "the same quarter a year earlier" (1): the named quarter itself, or the one
 * four quarters before it in its own calendar (Nvidia's Q4 FY2025 → Q4 FY2024); nothing when `named` is
 * not a quarter.
 */
export function sameQuarter(named: Period | undefined, yearsBack: number, fiscalYearEnd: string | undefined): Period | undefined {
  if (!named || !isQuarterLong(named)) return undefined;
  if (yearsBack === 0) return named;
  const start = parseIso(named.start)!;
  const end = parseIso(named.end)!;
  // A quarter of no known calendar ("the three months to July 28") moves back as it was written.
  const calendarQuarter = start.d === 1 && (start.m - 1) % 3 === 0;
  if (!calendarQuarter && fiscalYearEnd === undefined) {
    return { start: iso(addMonths(start, -12 * yearsBack)), end: iso(addMonths(end, -12 * yearsBack)), label: `${named.label}, a year earlier` };
  }
  return quarterFromNamed(named, -4 * yearsBack, fiscalYearEnd);
}

/** Days either end of a named fiscal year may differ from the computed one (52/53-week years). */
const FISCAL_YEAR_SLACK_DAYS = 15;

/** The fiscal year `offset` years from `named`, when `named` is one of the company's fiscal years; else undefined. */
export function fiscalYearFromNamed(named: Period | undefined, offset: number, fiscalYearEnd: string | undefined): Period | undefined {
  const end = parseIso(named?.end);
  if (!named || !end || offset === 0) return undefined;
  const fy = fiscalQuarterOf(end, fiscalYearEnd).fy;
  const own = fiscalYearPeriod(fy, fiscalYearEnd);
  const near = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) <= FISCAL_YEAR_SLACK_DAYS * DAY_MS;
  if (!near(own.start, named.start) || !near(own.end, named.end)) return undefined;
  return fiscalYearPeriod(fy + offset, fiscalYearEnd);
}

/**
 * "上年同期", "a year earlier", "the same quarter a year ago": a span counted back from the one named, the
 * reported period's baseline. The story goes on in the reported period, so "the previous quarter" and
 * 上一财年 said after it count from that period, not from the baseline.
 */
export function countsBack(spec: PeriodSpec): boolean {
  return spec.t === 'sameSpanYearBefore' || (spec.t === 'sameQuarter' && spec.yearsBack > 0);
}

/** Days a quarter's written closing day may lie from its computed end: fiscal quarters are reckoned to the week. */
const CLOSE_SLACK_DAYS = 7;

/**
 * The quarter a single day closes ("截至6月30日", "ended October 29"), in the company's calendar (calendar
 * quarters without one); undefined when the day is no quarter's end.
 */
export function quarterClosedOn(day: Period, fiscalYearEnd: string | undefined): Period | undefined {
  const date = parseIso(day.end);
  if (!date || day.start !== day.end) return undefined;
  const here = fiscalQuarterOf(addDays(date, -CLOSE_SLACK_DAYS), fiscalYearEnd);
  const quarter = fiscalQuartersPeriod(here.fy, here.q, here.q, fiscalYearEnd);
  return Math.abs(Date.parse(quarter.end) - Date.parse(day.end)) <= CLOSE_SLACK_DAYS * DAY_MS ? quarter : undefined;
}
