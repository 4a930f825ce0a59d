/**
 * "2024财年第一季度（2023年7-9月）为3个百分点，第二季度为6个百分点", "in the first quarter of fiscal 2024,
 * … in the second quarter", "2024财年，…第四财季", "In fiscal 2024's first quarter": a year-less quarter
 * (第二季度, 第二财季, "the fiscal second quarter") after a fiscal year, or a fiscal quarter of one, goes
 * on in that fiscal year, as a reader takes it, not in the calendar year of the fiscal quarter's gloss
 * nor in the fiscal year of the document's date. A bracketed gloss right after an expression
 * ("（2023年7-9月）") restates it and a vague "shortly after" (不久后) dates nothing; any other dated
 * expression in between starts its own sequence, and the quarter is then read as before. Only what is
 * written before the quarter counts: in "第四财季8个百分点；进入2025财年，第一季度…" the fourth quarter is
 * not FY2025's.
 *
 * In its own sentence the quarter is read so outright (periods.ts). A fiscal year named in an earlier
 * sentence of the paragraph ("2024财年第一季度…。此后…第四财季8个百分点") is carried as the inferred
 * reading, the document's kept as the other one (`fiscalYearGoingOn`, called by periodBinding.ts), the
 * way a year is carried to a bare 年底 (yearPartYear.ts): the figure is never another period's under
 * either. There an offset counted from the named quarter in between ("六个季度之后") does not hide the
 * fiscal year named. Other paragraphs are out of reach (Invariant 10).
 */
import type { Binding, Period, Span } from '../model';
import type { PeriodMention } from './periods';
import { explicitYear, resolveSpec, type PeriodSpec } from './periodSpec';
import { glossesPeriod } from './periodGloss';

interface Mentioned extends Span {
  spec: PeriodSpec;
  period?: Period;
}

/** Only an opening bracket between two expressions: the second glosses the first. */
const GLOSS_BETWEEN = /^\s*[（(]\s*$/;

/**
 * m restates the expression before it: only a bracket between them, or a bracketed date inside or at the
 * end of it ("FY2024（截至2024年1月）", "fiscal 2024 (ended January 2024)"), which names no moment of its own.
 */
function glosses(between: string, m: Mentioned, before: Mentioned): boolean {
  return GLOSS_BETWEEN.test(between) || (!!m.period && !!before.period && glossesPeriod(between, m.period, before.period));
}

/** A fiscal year, half or quarter: what a year-less quarter after it is a part of. */
function fiscalSpan(spec: PeriodSpec): boolean {
  return (spec.t === 'year' || spec.t === 'half' || spec.t === 'quarter') && spec.fiscal;
}

/** "Shortly after", 不久后: an offset of no length, which dates nothing of its own. */
function datesNothing(spec: PeriodSpec): boolean {
  return spec.t === 'after' && spec.offset.months === undefined && spec.offset.calendar === undefined;
}

/** "六个季度之后", "two quarters later": an offset counted from the period named before it. */
function countedOffset(spec: PeriodSpec): boolean {
  return spec.t === 'after' && spec.offset.months !== undefined;
}

/**
 * The fiscal quarter the year-less quarter `spec` continues, or undefined. `pastOffsets`: an offset
 * counted from the named quarter ("六个季度之后") does not start a sequence of its own but leaves the
 * named fiscal year the one told (for a reading kept beside the document's, fiscalYearGoingOn).
 */
export function fiscalQuarterGoingOn(spec: PeriodSpec, earlier: readonly Mentioned[], slice: string, sliceStart: number, pastOffsets = false): PeriodSpec | undefined {
  // Calendar months ("10-12月") stay calendar months after a fiscal year too.
  if (spec.t !== 'quarter' || spec.year !== undefined || spec.months) return undefined;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const m = earlier[i];
    const before = earlier[i - 1];
    if (before && glosses(slice.slice(before.end - sliceStart, m.start - sliceStart), m, before)) continue;
    if (datesNothing(m.spec) || (pastOffsets && countedOffset(m.spec))) continue;
    const year = explicitYear(m.spec);
    return fiscalSpan(m.spec) && year !== undefined ? { ...spec, fiscal: true, year: { abs: year } } : undefined;
  }
  return undefined;
}

export interface FiscalYearInput {
  text: string;
  sentence: Span;
  paragraph: Span;
  fiscalYearEnd?: string;
  documentDate?: string;
  find: (span: Span, fiscalYearEnd: string | undefined) => PeriodMention[];
}

/**
 * The reading of a year-less quarter m of the number's sentence that goes on in a fiscal year an
 * earlier sentence of the paragraph named, with `period` (its reading from its own sentence) as the
 * other one; undefined when nothing is carried.
 */
export function fiscalYearGoingOn(input: FiscalYearInput, m: PeriodMention, period: Period | undefined): Pick<Binding<Period>, 'value' | 'inferred' | 'alternative'> | undefined {
  if (m.since || m.start < input.sentence.start || input.paragraph.start >= input.sentence.start) return undefined;
  const before = { start: input.paragraph.start, end: m.start };
  // Across sentences an offset in between ("2024财年第一季度…。六个季度之后…。随后的第二财季…") does not hide the
  // fiscal year named: the reader may go back to it, and the document's reading is kept as the other one.
  const spec = fiscalQuarterGoingOn(m.spec, input.find(before, input.fiscalYearEnd), input.text.slice(before.start, before.end), before.start, true);
  const value = spec && resolveSpec(spec, { documentDate: input.documentDate, fiscalYearEnd: input.fiscalYearEnd });
  if (!value || (period && value.start === period.start && value.end === period.end)) return undefined;
  return { value, inferred: true, ...(period ? { alternative: period } : {}) };
}
