/**
 * "2025财年四个季度的营收分别为A、B、C和D", "revenue in the four quarters of fiscal 2025 was A, B, C and D
 * respectively", "2024年第一至第三季度分别为A、B、C", "Q1–Q4 of fiscal 2025 … respectively", "2024年10-12月
 * 分别为A、B、C": a set of consecutive quarters (or months) dealt out over a list with 分别 /
 * "respectively" gives the k-th figure the k-th quarter (month), as respectiveYears.ts does for a run of
 * years. Read alone, each figure would take the whole set's span (the year) and be judged "the figure
 * for one quarter, not the year".
 *
 * A year said to be split into its quarters ("四个季度", "the four quarters of", "fiscal 2025's four
 * quarters") names four periods whatever the list: when the list has another length the figures cannot
 * be placed, and none is given a period (the year would be wrong for each). A written range ("第一至第三
 * 季度", "10-12月") with a list of another length is left to the other readings: "2024年前三季度营收和利润
 * 分别为A、B" is the range's revenue and profit.
 */
import type { Binding, Period } from '../model';
import type { PeriodMention } from './periods';
import type { RespectiveList } from './respectiveYears';
import { addMonths, calendarQuartersPeriod, fiscalQuarterOf, fiscalQuartersPeriod, isNonCalendarFiscal, monthPeriod, parseIso, shiftQuarter, type YMD } from './calendar';

/** "2025财年四个季度", "2024年的4个季度", "2024年各季度", "2025财年各财季": the year split into its quarters. */
const FOUR_QUARTERS_AFTER_ZH = /^\s*(?:的)?\s*(?:(?:全部|全年)?\s*(?:四|4)\s*个\s*(?:财季|季度)|各\s*(?:个\s*)?(?:财季|季度))/;
/** A short bracketed aside right after the year: "（截至2024年1月）", "(ended January 2024)". */
const GLOSS_AFTER = /^\s*[（(][^()（）]{0,30}[）)]/;
/** "fiscal 2025's four quarters", "2024's four quarters". */
const FOUR_QUARTERS_AFTER_EN = /^['’]s\s+(?:four|4)\s+(?:fiscal\s+)?quarters(?![A-Za-z])/i;
/** "the four quarters of fiscal 2025", "each of the four quarters of 2024", "all four quarters of". */
const FOUR_QUARTERS_BEFORE_EN = /(?<![A-Za-z])(?:the|its|all|all\s+the|each\s+of\s+the)\s+(?:four|4)\s+(?:fiscal\s+)?quarters\s+(?:of|in)\s+$/i;
/** "Q1–Q4 of fiscal 2025", "Q1 to Q3 2024": the range's first quarter, written right before its last. */
const QUARTER_RANGE_START_EN = /(?<![A-Za-z0-9])Q([1-4])\s*(?:[-–—~]|to|through)\s*$/i;

/** The period q's place in a respective list gives it over a set of quarters or months; 'none' when it cannot be placed. */
export function respectiveQuarter(text: string, dealt: RespectiveList | undefined, fiscalYearEnd: string | undefined): Binding<Period> | 'none' | undefined {
  const set = dealt?.span && periodSet(text, dealt.span, fiscalYearEnd);
  if (!dealt || !set) return undefined;
  if (set.parts.length !== dealt.list.length) return set.counted ? 'none' : undefined;
  return { value: set.parts[dealt.k], how: 'explicit', span: { start: set.start, end: dealt.span!.end } };
}

interface PeriodSet {
  parts: Period[];
  /** Named as a count of parts ("four quarters"), not as a range: a list of another length cannot be placed. */
  counted: boolean;
  start: number;
}

function periodSet(text: string, m: PeriodMention, fye: string | undefined): PeriodSet | undefined {
  const start = parseIso(m.period?.start);
  if (!m.period || !start) return undefined;
  const spec = m.spec;
  if (spec.t === 'year') {
    // A bracketed gloss of the year ("FY2024（截至2024年1月）四个季度") stands between it and its quarters.
    const after = text.slice(m.end, m.end + 60).replace(GLOSS_AFTER, '');
    const counted =
      FOUR_QUARTERS_AFTER_ZH.test(after.slice(0, 12)) ||
      FOUR_QUARTERS_AFTER_EN.test(after.slice(0, 30)) ||
      FOUR_QUARTERS_BEFORE_EN.test(text.slice(Math.max(0, m.start - 40), m.start));
    return counted ? { parts: quarters(start, 4, spec.fiscal, fye), counted: true, start: m.start } : undefined;
  }
  if (spec.t === 'quarter') {
    // "Q1–Q4 of fiscal 2025": the range's start is a mention of its own, right before this one.
    const opening = spec.from === spec.to ? QUARTER_RANGE_START_EN.exec(text.slice(Math.max(0, m.start - 16), m.start)) : null;
    const from = opening ? +opening[1] : spec.from;
    const n = spec.to - from + 1;
    if (n < 2) return undefined;
    const first = opening ? addMonths(start, -3 * (n - 1)) : start;
    return { parts: quarters(first, n, spec.fiscal, fye), counted: false, start: opening ? m.start - opening[0].length : m.start };
  }
  if (spec.t === 'monthRange' && spec.fromYear === undefined && spec.from < spec.to) {
    const parts = Array.from({ length: spec.to - spec.from + 1 }, (_, k) => addMonths(start, k)).map((d) => monthPeriod(d.y, d.m));
    return { parts, counted: false, start: m.start };
  }
  return undefined;
}

/**
 * n consecutive quarters from the one that starts on `first`: fiscal quarters when the text says fiscal
 * or when `first` is no calendar quarter's start (a year-less quarter of a company whose fiscal year is
 * not the calendar's resolves to its fiscal quarter), else calendar quarters.
 */
function quarters(first: YMD, n: number, fiscal: boolean, fye: string | undefined): Period[] {
  const useFiscal = isNonCalendarFiscal(fye) && (fiscal || (first.m - 1) % 3 !== 0 || first.d !== 1);
  const at = useFiscal ? fiscalQuarterOf(first, fye) : { fy: first.y, q: Math.ceil(first.m / 3) };
  return Array.from({ length: n }, (_, k) => {
    const t = shiftQuarter(at.fy, at.q, k);
    return useFiscal ? fiscalQuartersPeriod(t.fy, t.q, t.q, fye) : calendarQuartersPeriod(t.fy, t.q);
  });
}
