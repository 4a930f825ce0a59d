/**
 * A year-less month in a sentence that follows a dated event of its paragraph reads on from that event:
 * "The startup raised a seed round in June 2023. Its Series A followed in December" is December 2023,
 * not the December of the document's date. Narrative goes forward, so the month is the next such month
 * after the event's. The document's reading stays as the other reading (`alternative`): a figure is
 * never called wrong under one of two readings the words allow (checks/facts/eitherReading.ts).
 * Words that place the month themselves ("this December", "last June", 今年12月, 去年6月) write a year
 * and are left alone. Part of period binding (periodBinding.ts settle).
 */
import type { Period, Span } from '../model';
import { compare, parseIso } from './calendar';
import type { PeriodMention } from './periods';
import { explicitYear, resolveSpec, type PeriodSpec } from './periodSpec';

export interface NarrativeInput {
  sentence: Span;
  paragraph: Span;
  fiscalYearEnd?: string;
  documentDate?: string;
  find: (span: Span, fiscalYearEnd: string | undefined) => PeriodMention[];
}

/** A month (or a day or part of one) whose year is not written. */
function bareMonth(spec: PeriodSpec): spec is Extract<PeriodSpec, { m: number; year: unknown }> & { t: 'day' | 'month' | 'monthPart' } {
  return (spec.t === 'day' || spec.t === 'month' || spec.t === 'monthPart') && spec.year === undefined;
}

/**
 * The period of the year-less month m read on from the paragraph's last dated event before its sentence,
 * when that reading differs from `period` (the document's) and had begun by the document's date.
 */
export function narrativeMonth(input: NarrativeInput, m: PeriodMention, period: Period): Period | undefined {
  const { paragraph, sentence } = input;
  if (!bareMonth(m.spec) || !m.yearInferred || m.anchor || paragraph.start >= sentence.start) return undefined;
  // The last expression of the paragraph before the sentence that writes its year must be a dated event
  // (a month or a day): after a bare year ("In 2023 … In December") the existing year rules apply.
  const earlier = input.find({ start: paragraph.start, end: sentence.start }, input.fiscalYearEnd).filter((e) => explicitYear(e.spec) !== undefined && e.period);
  const event = earlier[earlier.length - 1];
  if (!event?.period || (event.spec.t !== 'day' && event.spec.t !== 'month' && event.spec.t !== 'monthPart')) return undefined;
  const eventEnd = parseIso(event.period.end);
  const doc = parseIso(input.documentDate);
  // The same month as the event's is the event's own month more often than a year later: no reading.
  if (!eventEnd || !doc || m.spec.m === eventEnd.m) return undefined;
  const year = m.spec.m > eventEnd.m ? eventEnd.y : eventEnd.y + 1;
  const narrative = resolveSpec(m.spec, { documentDate: input.documentDate, fiscalYearEnd: input.fiscalYearEnd, anchorYear: year });
  const start = parseIso(narrative?.start);
  if (!narrative || !start || narrative.start === period.start || compare(start, doc) > 0) return undefined;
  return narrative;
}
