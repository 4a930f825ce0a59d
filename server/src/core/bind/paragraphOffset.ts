/**
 * 同月, 同年, "that month", "the same month" opening a sentence point back to the date the paragraph
 * named before it, when it named one (a paragraph that named two is ambiguous and stays undated), even when that date is in an earlier sentence or is the paragraph's bold lead-in label
 * ("**2025年7月** 两条消息：…。同月，…"): the sentence has no date of its own to move from, so
 * periods.ts (which reads offsets within one sentence) leaves it unresolved. Only the calendar offsets
 * (same month, same or next year) are read this way; "a month later" across sentences stays undated.
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
): Period | undefined {
  if (m.spec.t !== 'after' || !m.spec.offset.calendar || paragraph.start >= sentence.start) return undefined;
  const named = find({ start: paragraph.start, end: sentence.start }).filter((p) => p.period && !p.since && p.spec.t !== 'after');
  // Only one date to point back to: after two ("去年…；2022年…。同年…") the writer may mean either.
  const anchor = named[0]?.period;
  if (!anchor || named.some((p) => p.period!.start !== anchor.start || p.period!.end !== anchor.end)) return undefined;
  return resolveSpec(m.spec, { ...env, anchorPeriod: anchor });
}
