/**
 * What a period expression says, before it is resolved to dates, and how it is resolved.
 *
 * The patterns (periodPatternsEn/Zh) only read the words; everything that depends on the document's
 * date, on the company's fiscal year or on a year named earlier in the sentence happens here.
 */
import type { Period } from '../model';
import {
  addDays,
  addMonths,
  calendarHalfPeriod,
  calendarYearPeriod,
  compare,
  dayPeriod,
  daysInMonth,
  fiscalHalfPeriod,
  fiscalQuarterOf,
  fiscalYearEndDate,
  fiscalYearPeriod,
  isNonCalendarFiscal,
  isValidDate,
  iso,
  monthLabel,
  monthPeriod,
  parseIso,
  shiftQuarter,
  type YMD,
} from './calendar';
import { offsetPeriod, type Offset } from './offsetPeriod';
import { fiscalYearFromNamed, quarterFromNamed, sameQuarter } from './quarterBefore';
import { otherSeason, seasonPeriod, seasonStart, seasonYear, yearPartPeriod, type Season, type SeasonWhich, type YearPart } from './yearParts';
import { fiscalMonthQuarter, fiscalYearOf, quarterPeriod, resolveQuarter, yearOf } from './specYears';

/** A year as written: absolute ("2023"), relative to the document's year ("last year", 去年), or not written. */
export type YearRef = { abs: number } | { rel: number } | undefined;

export type PeriodSpec =
  | { t: 'day'; year: YearRef; m: number; d: number }
  | { t: 'month'; year: YearRef; m: number }
  /**
   * "April–June 2024", "2024年4月至6月", "the first nine months of 2025", "前九个月": months `from`..`to`
   * of one year; the year written after the range is the year of both ends (from > to: `from` is in the
   * year before). `fromYear`: a year written on the start too ("Nov 2023–Jan 2024"), which may be any
   * year before the end's.
   */
  | { t: 'monthRange'; year: YearRef; from: number; to: number; fromYear?: number }
  /** "end of February", "late February", "2月底", "3月上旬": a third of a month (days 1–10, 11–20, 21–end). */
  | { t: 'monthPart'; year: YearRef; m: number; part: MonthPart }
  /** "year to date", "so far this year": from 1 January of the document's year to its date. */
  | { t: 'yearToDate' }
  /** "last December": the most recent December before the document's month. */
  | { t: 'lastMonthName'; m: number }
  /**
   * `months`: written as its calendar months ("10-12月", "2024年7-9月"), which are never a fiscal
   * quarter, whatever the company's fiscal year.
   */
  | { t: 'quarter'; year: YearRef; from: number; to: number; fiscal: boolean; months?: boolean }
  /**
   * "the July quarter", "6月季度": the three months ending with the named month (fiscal quarters too).
   * `fiscal`: "the December quarter of fiscal 2025", the quarter of that fiscal year the month falls in.
   */
  // d: the quarter's closing day when written ("the quarter ending 27 April"), to tell whether it had ended by the document's date.
  | { t: 'monthQuarter'; year: YearRef; m: number; d?: number; fiscal?: boolean }
  /**
   * "the fiscal year to January 2024", "截至2024年1月的财年": the twelve months ending with the named month;
   * `d`: "the year to November 3, 2024", 截至11月3日的财年, the year ending on that day.
   */
  | { t: 'monthYear'; year: YearRef; m: number; d?: number }
  | { t: 'half'; year: YearRef; h: number; fiscal: boolean }
  /** `fromNamed`: "上一财年", "the prior fiscal year" count from a fiscal year named before them (quarterBefore.ts). */
  | { t: 'year'; year: YearRef; fiscal: boolean; fromNamed?: boolean }
  | { t: 'yearEnd'; year: YearRef; fiscal: boolean }
  /** "for the year", "for the full year": the (fiscal) year of the period named before it in the span. */
  | { t: 'namedYear' }
  /** "this summer", "2024年秋季", "over the winter": a season (yearParts.ts), relative to the document's date or of a year. */
  | { t: 'season'; year: YearRef; season: Season; which?: SeasonWhich }
  /** 年初, 年中, "late in the year": a rough part of a year (yearParts.ts). */
  | { t: 'yearPart'; year: YearRef; part: YearPart }
  /**
   * "next quarter", 上季度: from the document's date. `anaphoric`: "the next (following, previous)
   * quarter", 下一季度, which count from a quarter named before them when there is one (namedAnchor.ts).
   */
  | { t: 'relQuarter'; offset: number; anaphoric?: boolean }
  | { t: 'relMonth'; offset: number }
  /**
   * "a year ago", 一年前; `n` 0.5: "six months ago", 半年前. `fromAnchor`: 半年前 after a month or day written
   * before it in the span ("今年6月…，而半年前…") counts back from that date, not from the document's.
   */
  | { t: 'yearsAgo'; n: number; fromAnchor?: boolean }
  /**
   * "去年同期", "the same period last year": the span of the period written before it, a year earlier.
   * `inYear` ("前年同期": −2): that span in the year this many years from the document's year instead.
   */
  | { t: 'sameSpanYearBefore'; inYear?: number }
  /**
   * "the same quarter", 同一季度, 同季 (`yearsBack` 0) and "the same quarter a year earlier", 一年前同一季度,
   * 上年同一季度 (1): the quarter named before it, or that quarter a year back in its own calendar; never
   * the quarter of the document's date or of a day named in between (sameQuarter in quarterBefore.ts).
   */
  | { t: 'sameQuarter'; yearsBack: number }
  /** "a month later", "两个月后", 次年, 同年: the period written before it, moved on (offsetPeriod.ts). */
  | { t: 'after'; offset: Offset }
  | { t: 'present' };

export interface ResolveEnv {
  documentDate?: string;
  fiscalYearEnd?: string;
  /** The year of the nearest explicit year written before this expression in the same span. */
  anchorYear?: number;
  /** The span speaks of what is to come ("will", "expected", "预计"): a year-less month may be next one. */
  forward?: boolean;
  /** The last quarter written before this expression in the same span ("the same quarter" points at it). */
  anchorQuarter?: Period;
  /** The period of the nearest expression written before this one in the same span. */
  anchorPeriod?: Period;
}

export type MonthPart = 'early' | 'mid' | 'late';

/** Kinds of expression: present markers ("now", 目前) and relative ones need the document's date. */
export function specKind(spec: PeriodSpec): 'explicit' | 'relative' | 'present' {
  if (spec.t === 'present') return 'present';
  if (spec.t === 'yearToDate') return 'relative';
  if (spec.t === 'season' && spec.which) return 'relative';
  if (spec.t === 'relQuarter' || spec.t === 'relMonth' || spec.t === 'yearsAgo' || spec.t === 'lastMonthName' || spec.t === 'sameSpanYearBefore' || spec.t === 'sameQuarter' || spec.t === 'after') return 'relative';
  if ('year' in spec && spec.year && 'rel' in spec.year) return 'relative';
  return 'explicit';
}

/**
 * "last September" said in November is this year's September to some writers and the year before's to
 * others: the reading resolveSpec does not take, when the named month has already passed this year.
 */
export function otherReading(spec: PeriodSpec, documentDate: string | undefined): Period | undefined {
  const doc = parseIso(documentDate);
  if (spec.t === 'season') return otherSeasonReading(spec, doc);
  if (spec.t !== 'lastMonthName' || !doc || spec.m >= doc.m) return undefined;
  return monthPeriod(doc.y - 1, spec.m);
}

/** The absolute year the expression itself names, used to anchor later year-less expressions. */
export function explicitYear(spec: PeriodSpec): number | undefined {
  return 'year' in spec && spec.year && 'abs' in spec.year ? spec.year.abs : undefined;
}

/**
 * "去年上半年…，前年同期…": the written period's span moved back into the named year (H1 2025 → H1 2024).
 * Only backwards: a named year not before the written period's leaves the span unknown.
 */
function sameSpanInYear(a: Period, start: YMD, end: YMD, year: number | undefined): Period | undefined {
  const back = year === undefined ? 0 : end.y - year;
  if (back <= 0) return undefined;
  return { start: iso(addMonths(start, -12 * back)), end: iso(addMonths(end, -12 * back)), label: `${a.label}, ${back === 1 ? 'a year' : `${back} years`} earlier` };
}

/** A month or a day `months` before the one named (anything longer: no reading). */
function monthsBefore(anchor: Period, months: number): Period | undefined {
  const start = parseIso(anchor.start);
  const end = parseIso(anchor.end);
  if (!start || !end) return undefined;
  if (anchor.start === anchor.end) return dayPeriod(addMonths(start, -months));
  if (start.y !== end.y || start.m !== end.m || start.d !== 1 || end.d !== daysInMonth(end.y, end.m)) return undefined;
  const then = addMonths(start, -months);
  return monthPeriod(then.y, then.m);
}

export function resolveSpec(spec: PeriodSpec, env: ResolveEnv): Period | undefined {
  const doc = parseIso(env.documentDate);
  const fye = env.fiscalYearEnd;
  switch (spec.t) {
    case 'present':
      return doc ? { start: iso(doc), end: iso(doc), label: `as of ${iso(doc)}` } : undefined;
    case 'yearsAgo': {
      if (spec.fromAnchor && env.anchorPeriod) return monthsBefore(env.anchorPeriod, Math.round(12 * spec.n));
      if (!doc) return undefined;
      const then = addMonths(doc, -Math.round(12 * spec.n));
      return { start: iso(then), end: iso(then), label: iso(then) };
    }
    case 'sameSpanYearBefore': {
      // Without a period written before it, "the same period" is not known: better no period than
      // the whole previous year (a half-year report's 去年同期 is last year's first half).
      const a = env.anchorPeriod;
      const start = parseIso(a?.start);
      const end = parseIso(a?.end);
      if (!a || !start || !end) return undefined;
      if (spec.inYear !== undefined) return sameSpanInYear(a, start, end, doc ? doc.y + spec.inYear : undefined);
      return { start: iso(addMonths(start, -12)), end: iso(addMonths(end, -12)), label: `${a.label}, a year earlier` };
    }
    case 'sameQuarter':
      return sameQuarter(env.anchorQuarter, spec.yearsBack, fye);
    case 'after':
      return offsetPeriod(spec.offset, env.anchorPeriod);
    case 'relMonth': {
      if (!doc) return undefined;
      const t = addMonths({ ...doc, d: 1 }, spec.offset);
      return monthPeriod(t.y, t.m);
    }
    case 'lastMonthName': {
      if (!doc) return undefined;
      return monthPeriod(spec.m < doc.m ? doc.y : doc.y - 1, spec.m);
    }
    case 'relQuarter': {
      // "对FY2023第四季度的指引…，7月对下一季度的指引": a month named in between (when the guidance was given)
      // is no quarter to step from; 下一季度 points back to the quarter the span named last.
      const fromNamed = quarterFromNamed(env.anchorPeriod, spec.offset, fye) ?? (spec.anaphoric ? quarterFromNamed(env.anchorQuarter, spec.offset, fye) : undefined);
      if (fromNamed) return fromNamed;
      if (!doc) return undefined;
      const here = fiscalQuarterOf(doc, fye);
      const t = shiftQuarter(here.fy, here.q, spec.offset);
      return quarterPeriod(t.fy, t.q, t.q, isNonCalendarFiscal(fye), fye);
    }
    case 'day': {
      const y = yearOf(spec.year, env, doc, (yy) => ({ y: yy, m: spec.m, d: spec.d }));
      return y !== undefined && isValidDate(y, spec.m, spec.d) ? dayPeriod({ y, m: spec.m, d: spec.d }) : undefined;
    }
    case 'month': {
      const y = yearOf(spec.year, env, doc, (yy) => ({ y: yy, m: spec.m, d: 1 }));
      return y === undefined ? undefined : monthPeriod(y, spec.m);
    }
    case 'monthRange': {
      // A year-less range is, like a year-less quarter, the latest one that had ended by the document's
      // date: "前九个月" in a November article is this year's, in May last year's. A range in its last month
      // as the document is written is this year's too ("Nov–Dec" in a December draft): the writer is in it,
      // as in a year-less month, which is the latest begun.
      const latestEnded = spec.year === undefined && env.anchorYear === undefined && doc ? (spec.to < doc.m || (spec.to === doc.m && spec.from < spec.to) ? doc.y : doc.y - 1) : undefined;
      const y = latestEnded ?? yearOf(spec.year, env, doc, (yy) => ({ y: yy, m: spec.from, d: 1 }));
      return y === undefined ? undefined : monthRangePeriod(y, spec.from, spec.to, spec.fromYear);
    }
    case 'monthPart': {
      const y = yearOf(spec.year, env, doc, (yy) => ({ y: yy, m: spec.m, d: spec.part === 'early' ? 1 : spec.part === 'mid' ? 11 : 21 }));
      return y === undefined ? undefined : monthPartPeriod(y, spec.m, spec.part);
    }
    case 'namedYear':
      return env.anchorPeriod ? wholeYearOf(env.anchorPeriod, fye) : undefined;
    case 'yearToDate':
      return doc ? { start: iso({ y: doc.y, m: 1, d: 1 }), end: iso(doc), label: `${doc.y} to ${iso(doc)}` } : undefined;
    case 'quarter':
      return resolveQuarter(spec, env, doc);
    case 'monthQuarter': {
      if (spec.fiscal) return fiscalMonthQuarter(spec.m, fiscalYearOf(spec.year, env, doc), fye);
      // Year as written, else the year named earlier in the span, else the latest such quarter that
      // had ended by the document's date: with its closing day written, a quarter "ending 27 April" has
      // ended by 28 April; with the month alone, only by the month after.
      let y: number | undefined;
      if (spec.year && 'abs' in spec.year) y = spec.year.abs;
      else if (spec.year && 'rel' in spec.year) y = doc ? doc.y + spec.year.rel : undefined;
      else if (env.anchorYear !== undefined) y = env.anchorYear;
      else if (doc) y = spec.m < doc.m || (spec.m === doc.m && spec.d !== undefined && spec.d <= doc.d) ? doc.y : doc.y - 1;
      if (y === undefined) return undefined;
      const start = addMonths({ y, m: spec.m, d: 1 }, -2);
      const end = monthPeriod(y, spec.m).end;
      return { start: iso(start), end, label: `quarter ended ${monthPeriod(y, spec.m).label}` };
    }
    case 'monthYear': {
      const y = yearOf(spec.year, env, doc, (yy) => ({ y: yy, m: spec.m, d: 1 }));
      if (y === undefined) return undefined;
      const last = monthPeriod(y, spec.m);
      if (spec.d !== undefined && spec.d >= 1 && spec.d <= daysInMonth(y, spec.m)) {
        const end = { y, m: spec.m, d: spec.d };
        return { start: iso(addDays(addMonths(end, -12), 1)), end: iso(end), label: `year ended ${iso(end)}` };
      }
      return { start: iso(addMonths({ y, m: spec.m, d: 1 }, -11)), end: last.end, label: `year ended ${last.label}` };
    }
    case 'half': {
      if (spec.fiscal) {
        const fy = fiscalYearOf(spec.year, env, doc);
        return fy === undefined ? undefined : fiscalHalfPeriod(fy, spec.h, fye);
      }
      // A year-less half still to come is as often this year's (下半年 in March) as last year's: unresolved.
      const y = yearOf(spec.year, { ...env, forward: true }, doc, (yy) => ({ y: yy, m: spec.h * 6 - 5, d: 1 }));
      return y === undefined ? undefined : calendarHalfPeriod(y, spec.h);
    }
    case 'year': {
      if (spec.fiscal) {
        const fromNamed = spec.fromNamed && spec.year && 'rel' in spec.year ? fiscalYearFromNamed(env.anchorPeriod, spec.year.rel, fye) : undefined;
        if (fromNamed) return fromNamed;
        const fy = fiscalYearOf(spec.year, env, doc);
        return fy === undefined ? undefined : fiscalYearPeriod(fy, fye);
      }
      const y = yearOf(spec.year, env, doc, (yy) => ({ y: yy, m: 1, d: 1 }));
      return y === undefined ? undefined : calendarYearPeriod(y);
    }
    case 'season': {
      if (spec.which) return doc ? seasonPeriod(seasonYear(spec.season, spec.which, doc), spec.season) : undefined;
      const y = yearOf(spec.year, env, doc, (yy) => seasonStart(yy, spec.season));
      return y === undefined ? undefined : seasonPeriod(y, spec.season);
    }
    case 'yearPart': {
      // Like a bare 年底: the year named earlier in the span, else the document's.
      const y = yearOf(spec.year, env, doc, () => undefined);
      return y === undefined ? undefined : yearPartPeriod(y, spec.part);
    }
    case 'yearEnd': {
      if (spec.fiscal) {
        const fy = fiscalYearOf(spec.year, env, doc);
        if (fy === undefined) return undefined;
        const end = iso(fiscalYearEndDate(fy, fye));
        return { start: end, end, label: `end of FY${fy}` };
      }
      // A bare "year-end" (年底) means the document's year; a year named earlier in the span wins.
      const y = yearOf(spec.year, env, doc, () => undefined);
      if (y === undefined) return undefined;
      const end = `${y}-12-31`;
      return { start: end, end, label: `end of ${y}` };
    }
  }
}

/** The other reading of a season: "last summer" said in autumn, a winter named by its year (yearParts.ts). */
function otherSeasonReading(spec: Extract<PeriodSpec, { t: 'season' }>, doc: YMD | undefined): Period | undefined {
  if (spec.which) return doc ? otherSeason(spec.season, spec.which, seasonYear(spec.season, spec.which, doc), doc) : undefined;
  return spec.year && 'abs' in spec.year ? otherSeason(spec.season, undefined, spec.year.abs, doc) : undefined;
}

/**
 * Months `from`..`to` ending in year y (`from` after `to`: the range starts in the year before), or
 * starting in `fromYear` when it is written.
 */
function monthRangePeriod(y: number, from: number, to: number, fromYear?: number): Period {
  const start = { y: fromYear ?? (from > to ? y - 1 : y), m: from, d: 1 };
  const last = monthPeriod(y, to);
  return { start: iso(start), end: last.end, label: `${monthLabel(from)}${fromYear === undefined ? '' : ` ${fromYear}`}–${last.label}` };
}

/** Days 1–10, 11–20 or 21 to the month's end: how "early", "mid" and "late" (上旬, 中旬, 下旬/月底) divide a month. */
function monthPartPeriod(y: number, m: number, part: MonthPart): Period {
  const month = monthPeriod(y, m);
  const [first, last] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, daysInMonth(y, m)];
  return { start: iso({ y, m, d: first }), end: iso({ y, m, d: last }), label: `${part} ${month.label}` };
}

/**
 * "for the year" after a quarter or a half: the (fiscal) year that part falls in. Only after a quarter or
 * a half: a month or a day before it dates a release or an announcement, whose full-year figure other
 * rules read (reportedPeriod, announcedMonth.ts). Also counted from an earlier sentence (namedAnchor.ts).
 */
export function wholeYearOf(named: Period, fye: string | undefined): Period | undefined {
  const end = partOfYear(named) ? parseIso(named.end) : undefined;
  if (!end) return undefined;
  const fy = fiscalQuarterOf(end, fye).fy;
  return isNonCalendarFiscal(fye) ? fiscalYearPeriod(fy, fye) : calendarYearPeriod(fy);
}

/** A quarter or a half (some 60 to 200 days): a part of a year that "for the year" widens to the whole. */
function partOfYear(p: Period): boolean {
  const days = (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000;
  return days >= 60 && days <= 200;
}

/** The moment a state starts from, for a "from … on" date after the document's date ("2月8日起"). */
export function fromPeriod(p: Period): Period {
  return { start: p.start, end: p.start, label: `from ${p.label}` };
}

/** "since Dec 2023": from the start of the named period up to the document's date. */
export function sincePeriod(p: Period, documentDate: string | undefined): Period | undefined {
  const doc = parseIso(documentDate);
  const start = parseIso(p.start);
  if (!doc || !start || compare(start, doc) > 0) return undefined;
  return { start: p.start, end: iso(doc), label: `since ${p.label}` };
}
