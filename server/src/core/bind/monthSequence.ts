/**
 * A year-less month after a month written with its year, earlier in the calendar than that month:
 * "20 million users by July 2025 and 4.7 million paid subscribers in January". A month and year start a
 * sequence of dates that reads forward ("November 2024 … December" is December 2024), so January after
 * July 2025 is the next January, 2026, as long as that one had begun by the document's date (a draft
 * of February 2026 cannot mean a January still to come, so the anchor's year stays when it has not).
 * A comparison between the two ("reached 20 million in July 2025, up from 12 million in January")
 * looks back instead, and keeps the anchor's year.
 */
import type { Period } from '../model';
import { compare, parseIso } from './calendar';
import type { PeriodSpec } from './periodSpec';

/** Words that look back from the dated figure to an earlier one: the month is then in the same year. */
const LOOKS_BACK = /\b(?:from|than|compared|versus|vs\.?|earlier|before|previous|prior|since)\b|比|较|此前|之前|从|由|以来/i;

/**
 * A date a state runs from ("2月8日起", "starting February 8", "effective March 1"): a price or a rule may
 * be set for a day still to come, so such a date reads forward past the document's date too ("去年12月26日
 * 上线，优惠期结束后（2月8日起）的标价" in a January draft is next February's).
 */
const ZH_RUNS_FROM_AFTER = /^\s*(?:起|开始)/;
const EN_RUNS_FROM_BEFORE = /\b(?:from|starting|beginning|effective)\s+(?:on\s+)?$/i;

/** Whether the words around a date make it the day a state runs from. */
export function runsFromDate(before: string, after: string): boolean {
  return ZH_RUNS_FROM_AFTER.test(after) || EN_RUNS_FROM_BEFORE.test(before);
}

/**
 * The year the sequence reaches the month in, when it runs past the anchor's year; else undefined.
 * `runsFrom`: the date is one a state runs from (runsFromDate), which may lie after the document's date.
 */
export function sequenceYear(spec: PeriodSpec, anchor: Period, between: string, documentDate: string | undefined, runsFrom = false): number | undefined {
  if (spec.t !== 'day' && spec.t !== 'month' && spec.t !== 'monthPart') return undefined;
  const end = parseIso(anchor.end);
  const doc = parseIso(documentDate);
  if (!end || !doc || spec.m >= end.m || LOOKS_BACK.test(between)) return undefined;
  const next = end.y + 1;
  return runsFrom || compare({ y: next, m: spec.m, d: spec.t === 'day' ? spec.d : 1 }, doc) <= 0 ? next : undefined;
}
