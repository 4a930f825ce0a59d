/**
 * A part of a year whose year is not written (年底, 年初, 年中, 下半年, "at the end of the year", "late in the
 * year", "by year-end", a bare season) belongs to the year the text was telling: in a timeline "2023年1月
 * …。同年4月…。年底…估值约860亿美元" the year-end is 2023's, not the document's. Like a year-less month after
 * a dated event (narrativeMonth.ts), the year carried from an earlier sentence of the paragraph (or from
 * the section heading's only year) is inferred and the document's reading stays the other one, so the
 * figure is never called another period's under either. A year its own sentence gives it (periods.ts,
 * speechDate.ts) is left alone. With no year before it, the document's year stands,
 * but in a sentence that does not speak of what is to come it is only a guess: not sure enough to call
 * a figure wrong (`unsure`).
 *
 * Seasons and rough parts of a year (yearParts.ts) are approximate in any case: a fact overlapping them
 * may support the figure, and a finding on them is never an error. Part of period binding
 * (periodBinding.ts settle).
 */
import { calendarYearPeriod } from './calendar';
import type { Binding, Period, Span } from '../model';
import { FORWARD_CUES, type PeriodMention } from './periods';
import { explicitYear, resolveSpec, type PeriodSpec } from './periodSpec';

export interface YearPartInput {
  text: string;
  sentence: Span;
  paragraph: Span;
  heading?: Span;
  fiscalYearEnd?: string;
  documentDate?: string;
  find: (span: Span, fiscalYearEnd: string | undefined) => PeriodMention[];
}

export type YearPartReading = Pick<Binding<Period>, 'value' | 'inferred' | 'alternative' | 'approximate' | 'unsure' | 'window'>;

/** A part of a calendar year (or its end) whose year is not written. */
function yearLessPart(spec: PeriodSpec): boolean {
  if (spec.t === 'yearEnd' || spec.t === 'half') return !spec.fiscal && spec.year === undefined;
  if (spec.t === 'yearPart') return spec.year === undefined;
  return spec.t === 'season' && spec.year === undefined && spec.which === undefined;
}

/** How the part-of-year mention m reads, or undefined when it is no such mention (or cannot be read). */
export function yearPartReading(input: YearPartInput, m: PeriodMention, period: Period | undefined): YearPartReading | undefined {
  const approximate = m.spec.t === 'season' || m.spec.t === 'yearPart' ? { approximate: true, inferred: true } : undefined;
  const alternative = m.alternative ? { alternative: m.alternative } : {};
  // "late 2023", "mid-2024": the year is written, the part only rough; a figure of another period of
  // that year is no wrong period (the writer's "early" may reach April: checks/facts/roughDistance.ts).
  const writtenYear = m.spec.t === 'yearPart' && m.spec.year !== undefined && 'abs' in m.spec.year ? { window: calendarYearPeriod(m.spec.year.abs) } : {};
  if (!yearLessPart(m.spec)) return period && approximate ? { value: period, ...approximate, ...alternative, ...writtenYear } : undefined;
  // A part of a year carried from outside the paragraph keeps the reading it had there; one carried from an
  // earlier sentence of the paragraph ("**年底 · 零一万物。** 估值约…") reads in the year told before it there.
  if (m.start < input.paragraph.start) return period && approximate ? { value: period, ...approximate } : undefined;
  const story = storyYear(input, m);
  const forward = FORWARD_CUES.test(input.text.slice(input.sentence.start, input.sentence.end));
  const env = { documentDate: input.documentDate, fiscalYearEnd: input.fiscalYearEnd, forward };
  if (story === undefined) {
    if (!period) return undefined;
    return forward ? (approximate ? { value: period, ...approximate } : undefined) : { value: period, inferred: true, unsure: true, ...approximate };
  }
  const told = resolveSpec(m.spec, { ...env, anchorYear: story });
  if (!told) return undefined;
  // The year its own sentence gave it (periods.ts), or the document's: nothing to carry.
  if (period && period.start === told.start && period.end === told.end) return approximate ? { value: told, ...approximate } : undefined;
  const own = resolveSpec(m.spec, env);
  return { value: told, inferred: true, ...(own ? { alternative: own } : {}), ...approximate };
}

/**
 * The calendar year the paragraph was telling before m: that of its last dated expression (a written or
 * relative year, a month of one, 同年, "later that year"), else of the section heading's only year;
 * undefined when none.
 */
function storyYear(input: YearPartInput, m: PeriodMention): number | undefined {
  const before = input.find({ start: input.paragraph.start, end: m.start }, input.fiscalYearEnd).filter(datesYear);
  const last = before[before.length - 1];
  if (last?.period) return Number(last.period.end.slice(0, 4));
  // A 同年 that no year before it in the paragraph resolves (the year is in the heading) reads on from the heading.
  if (!input.heading) return undefined;
  const years = new Set(input.find(input.heading, input.fiscalYearEnd).filter((h) => h.period && datesYear(h)).map((h) => h.period!.end.slice(0, 4)));
  return years.size === 1 ? Number([...years][0]) : undefined;
}

/** An expression that writes a calendar year, relative or absolute, or carries the one before it (同年). */
function datesYear(m: PeriodMention): boolean {
  if (m.since || m.kind === 'present') return false;
  if ('fiscal' in m.spec && m.spec.fiscal) return false;
  if (m.spec.t === 'after') return true;
  return explicitYear(m.spec) !== undefined || ('year' in m.spec && m.spec.year !== undefined);
}
