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
 */
import type { Fact, Period } from '../../model';

export function announcedWithin(period: Period, f: Fact): boolean {
  if (!f.qualifiers.includes('projection')) return false;
  if (f.period.start !== f.period.end) return period.start <= f.period.start && f.period.start <= period.end;
  const made = firstPublished(f);
  return made !== undefined && made < f.period.start && period.start <= made && made <= period.end;
}

/** The earliest date a source of the fact was published (ISO dates compare as strings). */
function firstPublished(f: Fact): string | undefined {
  let first: string | undefined;
  for (const s of f.sources ?? []) if (s.date && (first === undefined || s.date < first)) first = s.date;
  return first;
}
