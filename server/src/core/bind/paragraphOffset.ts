/**
 * 同月, 同年, "that month", "the same month" opening a sentence point back to the date the paragraph
 * named before it, when it named one (a paragraph that named two is ambiguous and stays undated), even when that date is in an earlier sentence or is the paragraph's bold lead-in label
 * ("**2025年7月** 两条消息：…。同月，…"): the sentence has no date of its own to move from, so
 * periods.ts (which reads offsets within one sentence) leaves it unresolved. Only the calendar offsets
 * (same month, same or next year) are read this way; "a month later" across sentences stays undated.
 *
 * A date named only as what a figure is measured against ("2024年收入是2022年的约7倍。同年…", "revenue
 * doubled from 2022. That year…": a multiple's base, a change's start, "than 2022") is no moment the
 * paragraph's story stands at, so it is not a second date to point back to: the caller says which
 * dates are such (`measuredAgainst`, the test an earlier sentence's date must pass to be carried on).
 */
import type { Period, Span } from '../model';
import type { PeriodMention } from './periods';
import { resolveSpec } from './periodSpec';

export function paragraphOffsetPeriod(
  m: PeriodMention,
  paragraph: Span,
  sentence: Span,
  find: (span: Span) => PeriodMention[],
  env: { documentDate?: string; fiscalYearEnd?: string },
  measuredAgainst: (p: PeriodMention) => boolean = () => false,
): Period | undefined {
  if (m.spec.t !== 'after' || !m.spec.offset.calendar || paragraph.start >= sentence.start) return undefined;
  const named = find({ start: paragraph.start, end: sentence.start }).filter((p) => p.period && !p.since && p.spec.t !== 'after' && !measuredAgainst(p));
  // Only one date to point back to: after two ("去年…；2022年…。同年…") the writer may mean either.
  const anchor = named[0]?.period;
  if (!anchor || named.some((p) => p.period!.start !== anchor.start || p.period!.end !== anchor.end)) return undefined;
  return resolveSpec(m.spec, { ...env, anchorPeriod: anchor });
}
