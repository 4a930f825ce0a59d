/**
 * A plan is dated by the day it was announced. A projection filed over the years it covers ("invest
 * $500 billion over four years from 2025-01-21") opens on the day it was made, and writers date it by
 * that day or its month ("星际之门总投资计划 | 5000亿美元 | 2025年1月", "the $500 billion plan of January
 * 2025"). So a claim period holding the first day of a projection's span names when the plan was made:
 * the figure is not another period's (wrongPeriod.ts).
 */
import type { Fact, Period } from '../../model';

export function announcedWithin(period: Period, f: Fact): boolean {
  return f.qualifiers.includes('projection') && f.period.start !== f.period.end && period.start <= f.period.start && f.period.start <= period.end;
}
