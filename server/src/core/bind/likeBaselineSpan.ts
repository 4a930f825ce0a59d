/**
 * "Q4 revenue was 1.8x the year-ago quarter, and the $72.9 billion of profit was 2.4 times FY2024's $29.8
 * billion": a figure its own clause sets against a baseline dated there ("FY2024's $29.8 billion", "$29.8
 * billion in fiscal 2024") is a figure of a like span, a year against a year. A period of another length
 * written in an earlier clause (the quarter), or carried from an earlier sentence ("$43 billion for Q1
 * FY26. …"), dates that clause's figures, not this one.
 */
import type { Quantity, Span } from '../model';
import type { PeriodMention } from './periods';
import { datesBaseline, possessiveOf } from './baselineDate';
import { wholeMonthsOf } from './calendar';

/** The period at m (before the clause) is of another length than the baseline q's clause compares it with. */
export function unlikeBaselineSpan(text: string, sentence: Span, clause: Span, q: Quantity, quantities: readonly Quantity[], inSentence: readonly PeriodMention[], m: PeriodMention): boolean {
  if (m.end > clause.start || !m.period) return false;
  const later = quantities.filter((o) => o !== q && o.kind === q.kind && o.start >= q.end && o.end <= clause.end);
  const base = inSentence.find(
    (b) => b.period && b.start >= q.end && b.end <= clause.end && later.some((o) => possessiveOf(text, o, b) || (o.end <= b.start && datesBaseline(text, sentence, o, b))),
  );
  if (!base?.period) return false;
  const own = wholeMonthsOf(m.period);
  const baseline = wholeMonthsOf(base.period);
  return own !== undefined && baseline !== undefined && own !== baseline;
}
