/**
 * The year a period expression names (calendar or fiscal, written, relative or taken from the document
 * and the span) and the quarters of it: the part of resolving a PeriodSpec (periodSpec.ts) that depends
 * on the company's fiscal calendar.
 */
import type { Period } from '../model';
import {
  calendarQuartersPeriod,
  compare,
  fiscalQuarterOf,
  fiscalQuartersPeriod,
  isNonCalendarFiscal,
  shiftQuarter,
  type YMD,
} from './calendar';
import type { PeriodSpec, ResolveEnv, YearRef } from './periodSpec';

/** A quarter or a run of quarters, calendar or fiscal; a year-less one is the latest that had closed. */
export function resolveQuarter(spec: Extract<PeriodSpec, { t: 'quarter' }>, env: ResolveEnv, doc: YMD | undefined): Period | undefined {
  const fye = env.fiscalYearEnd;
  // "Nvidia's fourth-quarter revenue" with no year: a company that reports on a non-calendar fiscal
  // year means its fiscal quarter (the one its results and the press name), not the calendar one.
  if (!spec.fiscal && !spec.months && spec.year === undefined && env.anchorYear === undefined && isNonCalendarFiscal(fye)) {
    return resolveQuarter({ ...spec, fiscal: true }, env, doc);
  }
  if (!spec.fiscal) {
    let y = yearOf(spec.year, env, doc, (yy) => ({ y: yy, m: spec.from * 3 - 2, d: 1 }));
    // "第四季度营收172.4亿元" with no year in a November article: not the quarter still running (it has
    // no results yet) but, as for a fiscal quarter, the latest such quarter that had ended.
    if (spec.year === undefined && env.anchorYear === undefined && doc && y === doc.y && spec.to * 3 >= doc.m) y = doc.y - 1;
    return y === undefined ? undefined : calendarQuartersPeriod(y, spec.from, spec.to);
  }
  if (spec.year === undefined && env.anchorYear === undefined) {
    // "the fiscal fourth quarter": the most recent such quarter that had ended by the document's date
    // (reports describe quarters just closed, not the one still running).
    if (!doc) return undefined;
    let { fy, q } = shiftQuarter(fiscalQuarterOf(doc, fye).fy, fiscalQuarterOf(doc, fye).q, -1);
    for (let i = 0; i < 4 && q !== spec.to; i++) ({ fy, q } = shiftQuarter(fy, q, -1));
    return quarterPeriod(fy, spec.from, spec.to, true, fye);
  }
  const fy = fiscalYearOf(spec.year, env, doc);
  return fy === undefined ? undefined : quarterPeriod(fy, spec.from, spec.to, true, fye);
}

/**
 * "the December quarter of fiscal 2025": the quarter of that fiscal year the month falls in (mid-month, so
 * a quarter ending late in the month, or one running across it, is the one meant: Nvidia's Nov–Jan Q4).
 */
export function fiscalMonthQuarter(m: number, fy: number | undefined, fye: string | undefined): Period | undefined {
  if (fy === undefined) return undefined;
  for (const y of [fy, fy - 1]) {
    const at = fiscalQuarterOf({ y, m, d: 15 }, fye);
    if (at.fy === fy) return quarterPeriod(fy, at.q, at.q, true, fye);
  }
  return undefined;
}

export function quarterPeriod(fy: number, from: number, to: number, fiscal: boolean, fye: string | undefined): Period {
  return fiscal || isNonCalendarFiscal(fye) ? fiscalQuartersPeriod(fy, from, to, fye) : calendarQuartersPeriod(fy, from, to);
}

/**
 * The calendar year of an expression. A relative year needs the document's date. A year-less one
 * takes the year named earlier in the span, else the document's year; when that would put the period's
 * start after the document's date, the latest one already begun: "in December" in a March article is
 * last December, as a reader takes it (and as a year-less fiscal quarter is the latest closed one).
 * Only a span that speaks of what is to come leaves it unresolved ("will launch in December").
 */
export function yearOf(year: YearRef, env: ResolveEnv, doc: YMD | undefined, startIn: (y: number) => YMD | undefined): number | undefined {
  if (year && 'abs' in year) return year.abs;
  if (year && 'rel' in year) return doc ? doc.y + year.rel : undefined;
  if (env.anchorYear !== undefined) return env.anchorYear;
  if (!doc) return undefined;
  const start = startIn(doc.y);
  if (start && compare(start, doc) > 0) return env.forward ? undefined : doc.y - 1;
  return doc.y;
}

/** The fiscal year of an expression: "FY2024" as written, "this fiscal year" from the document's date. */
export function fiscalYearOf(year: YearRef, env: ResolveEnv, doc: YMD | undefined): number | undefined {
  if (year && 'abs' in year) return year.abs;
  if (year && 'rel' in year) return doc ? fiscalQuarterOf(doc, env.fiscalYearEnd).fy + year.rel : undefined;
  if (env.anchorYear !== undefined) return env.anchorYear;
  return doc ? fiscalQuarterOf(doc, env.fiscalYearEnd).fy : undefined;
}
