/**
 * "Data center contributed $30.8 billion, compared with … $14.5 billion a year ago": for a flow,
 * "a year ago" means the same span a year back (the year-ago quarter), not the day one year before the
 * document's date. That day is no flow's period, and judging the figure against it turns a correct
 * year-ago quarter into a wrong period, so the words date no flow.
 */
import type { PeriodMention } from './periods';

/** "a year ago", "two years ago": a day counted back from the document's date. */
export function yearsAgoDay(m: PeriodMention): boolean {
  return m.spec.t === 'yearsAgo';
}
