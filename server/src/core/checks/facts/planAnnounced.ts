/**
 * A plan is dated by the day it was announced. A projection filed over the years it covers ("invest
 * $500 billion over four years from 2025-01-21") opens on the day it was made, and writers date it by
 * that day or its month ("星际之门总投资计划 | 5000亿美元 | 2025年1月", "the $500 billion plan of January
 * 2025"). So a claim period holding the first day of a projection's span names when the plan was made:
 * the figure is not another period's (wrongPeriod.ts).
 *
 * A forecast of a later moment ("expects $1.4 billion of run-rate by the end of 2024", said in May) is
 * dated the same way by when it was published: a claim period holding the forecast's first source date,
 * before the moment forecast, names when it was made ("In May 2024 the CEO said he saw $1.4 billion by
 * year-end").
 *
 * A target or a guidance of a later moment is dated the same way ("a year ago the target was 350,000
 * H100s", for a year-end target stated that January): the claim's short period (a day, a month, a
 * quarter at most) from the month it was stated to a couple of months later names the statement, not
 * the horizon. The slack is for the looseness of relative dates ("a year ago" from a February draft is
 * February, the statement was January); the target stood from then on, so nothing in between is wrong.
 * Never before the statement: "had 1.3 million GPUs at the end of 2024", for a target stated in January
 * 2025 for the end of 2025, is the wrong period.
 */
import type { Fact, Period } from '../../model';
import { DAY_MS } from '../../bind/calendar';

export function announcedWithin(period: Period, f: Fact): boolean {
  if (f.qualifiers.includes('projection')) {
    if (f.period.start !== f.period.end) return period.start <= f.period.start && f.period.start <= period.end;
    const made = firstPublished(f);
    if (made !== undefined && made < f.period.start && period.start <= made && made <= period.end) return true;
  }
  return statedNear(period, f);
}

/** Qualifiers of a figure stated ahead of the moment it is for. */
const STATED_AHEAD = ['projection', 'target', 'guidance'];
/** How long after the statement's month a short claim period may lie and still name it. */
const STATED_SLACK_MONTHS = 2;
/** At most a quarter: a period that can say when something was stated, not a horizon. */
const STATEMENT_PERIOD_DAYS = 92;

/** The claim's short period lies from the month a forecast, target or guidance was stated to a couple of months later. */
function statedNear(period: Period, f: Fact): boolean {
  if (!f.qualifiers.some((q) => STATED_AHEAD.includes(q))) return false;
  const made = firstPublished(f) ?? f.issued;
  if (made === undefined || (Date.parse(period.end) - Date.parse(period.start)) / DAY_MS > STATEMENT_PERIOD_DAYS) return false;
  const from = shiftMonths(made.slice(0, 7), 0);
  const to = shiftMonths(made.slice(0, 7), STATED_SLACK_MONTHS + 1);
  // Stated before the moment it is for, and the claim's period lies in the months from the statement on.
  return made.slice(0, 7) < f.period.start.slice(0, 7) && from <= period.start && period.start < to;
}

/** "2024-01" moved by n months, as the first day of that month ("2023-11-01"). */
function shiftMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 10);
}

/** The earliest date a source of the fact was published (ISO dates compare as strings). */
function firstPublished(f: Fact): string | undefined {
  let first: string | undefined;
  for (const s of f.sources ?? []) if (s.date && (first === undefined || s.date < first)) first = s.date;
  return first;
}
