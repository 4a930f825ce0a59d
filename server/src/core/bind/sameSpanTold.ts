/**
 * "寒武纪2025年上半年收入…。上半年净利润10.38亿元，而上年同期亏损5.30亿元": 上年同期 ("the same period a
 * year earlier/last year") is the period it follows moved back one year. When that period is a part of
 * a year whose year is not written (a bare 上半年, "the first half") and the paragraph told its year
 * before (yearPartYear.ts: H1 2025 here), the same span a year earlier is counted from that told
 * period (H1 2024), not from the part read in the document's year (H1 2026 in a January 2026 draft,
 * which made it H1 2025 and a correct figure "the figure for H1 2024"). Part of settling a period
 * (settlePeriod.ts).
 */
import type { Period } from '../model';
import { addMonths, iso, parseIso } from './calendar';
import type { PeriodMention } from './periods';
import { yearPartReading, type YearPartInput } from './yearPartYear';

/** The same span a year before the told part of a year that m counts from, if it differs from m's own. */
export function sameSpanOfToldPart(input: YearPartInput, m: PeriodMention): Period | undefined {
  if (m.spec.t !== 'sameSpanYearBefore' || m.spec.inYear !== undefined || !m.period) return undefined;
  // The period it counts from: the last one written before it in its sentence (as periods.ts anchors it).
  const anchor = input
    .find(input.sentence, input.fiscalYearEnd)
    .filter((o) => o.end <= m.start && o.period !== undefined && !o.since)
    .at(-1);
  if (!anchor?.period) return undefined;
  const told = yearPartReading(input, anchor, anchor.period)?.value;
  if (!told || (told.start === anchor.period.start && told.end === anchor.period.end)) return undefined;
  const start = parseIso(told.start);
  const end = parseIso(told.end);
  if (!start || !end) return undefined;
  return { start: iso(addMonths(start, -12)), end: iso(addMonths(end, -12)), label: `${told.label}, a year earlier` };
}
