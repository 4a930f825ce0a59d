/**
 * "Q2 $2.8 billion, Q3 $3.5 billion, Q4 $3.9 billion" in an October draft: year-less quarters written in
 * order are one year's run. Each alone is placed in the latest such quarter that had ended by the
 * document's date, which puts Q4 in the year before and Q2 and Q3 in the current one, so the run would
 * go backwards; a reader takes all three from the year of the last. A quarter placed after the one
 * written after it moves back into the latest year that ends before that one (a fiscal year as well).
 *
 * Only quarters with no year written, none written as months, no "since", inferred years, each the one
 * right after the one before with no other period between ("Q1 … against Q4" compares this year's first
 * quarter with last year's fourth); a later quarter's year written or anchored is left alone.
 */
import type { Period } from '../model';
import type { PeriodSpec } from './periodSpec';
import type { PeriodMention } from './periods';

type Resolve = (spec: PeriodSpec, year: number) => Period | undefined;

/** The mentions with every run of year-less quarters placed in order (mentions changed in place). */
export function placeQuarterRuns(mentions: PeriodMention[], resolve: Resolve): PeriodMention[] {
  for (let i = mentions.length - 1; i > 0; i--) {
    const later = mentions[i];
    const earlier = mentions[i - 1];
    if (!runQuarter(later) || !runQuarter(earlier)) continue;
    const [a, b] = [quarterSpec(earlier), quarterSpec(later)];
    if (b.from !== a.to + 1 || earlier.period!.start < later.period!.start) continue;
    const year = Number(later.period!.start.slice(0, 4));
    const placed = [year + 1, year, year - 1].map((y) => resolve(earlier.spec, y)).find((p) => p !== undefined && p.end < later.period!.start);
    if (placed) earlier.period = placed;
  }
  return mentions;
}

function quarterSpec(m: PeriodMention): Extract<PeriodSpec, { t: 'quarter' }> {
  return m.spec as Extract<PeriodSpec, { t: 'quarter' }>;
}

function runQuarter(m: PeriodMention): boolean {
  return m.spec.t === 'quarter' && m.spec.year === undefined && !m.spec.months && !m.since && m.yearInferred === true && m.period !== undefined;
}
