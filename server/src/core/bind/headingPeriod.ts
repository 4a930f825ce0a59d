/**
 * The period a section's headings give an undated figure: the nearest heading's only period, else,
 * when the nearest heading names no period at all, the fiscal year of an enclosing heading, for a flow.
 *
 * A document titled with a fiscal year ("# Nvidia FY25 cheat sheet", "# 英伟达2024财年:一张表看懂") is a
 * write-up of that year's results, and its topical sections ("## Headline", "## 几个要点") report that
 * year's flows: "- Net income: $72.9 billion" under it is FY25's. Only a fiscal year carries this far:
 * a calendar year or a month in a title ("# Private AI marks, 2025", "# API prices, August 2024") is a
 * loose frame over deals, prices and levels that each have their own date, and a company's fiscal
 * figures under a calendar-year title would read as another period. Levels (valuations, prices, fleets)
 * never take it: they are stated as of a moment the title does not give. A nearer heading that names a
 * period of its own, or several, decides (or leaves the figure undated), and one that speaks of now
 * ("## Where things stand now") hides the title's year. The binding is 'context', so it can warn but
 * never make a contradiction or a wrong period on its own (those need a period written in the sentence).
 */
import type { Binding, Metric, Period, Span } from '../model';
import type { PeriodMention } from './periods';

/** Words of a heading that speak of a part of the year (a quarter, a month, a half). */
const PART_OF_YEAR = /\b(?:quarters?|quarterly|months?|monthly|half|halves|half-year)\b|季|月|半年/i;

/** Nearest heading first, then each enclosing heading of higher rank, innermost first. */
export function headingPeriod(
  text: string,
  headings: readonly Span[],
  find: (span: Span) => PeriodMention[],
  periodKind: Metric['periodKind'] | undefined,
): Binding<Period> | undefined {
  for (const [i, heading] of headings.entries()) {
    const mentions = find(heading);
    // "## The quarter", "## 单季": a section about a part of the year, whose part the text does not say.
    if (mentions.length === 0 && PART_OF_YEAR.test(text.slice(heading.start, heading.end))) return undefined;
    if (mentions.length === 0) continue;
    const named = mentions.filter((m) => m.period && m.kind !== 'present' && (i === 0 || (periodKind === 'duration' && fiscalYear(m))));
    const labels = new Set(named.map((m) => `${m.period!.start}/${m.period!.end}`));
    return labels.size === 1 && (i === 0 || named.length === mentions.length) ? binding(named[0]) : undefined;
  }
  return undefined;
}

function fiscalYear(m: PeriodMention): boolean {
  return m.spec.t === 'year' && m.spec.fiscal && !m.since;
}

function binding(m: PeriodMention): Binding<Period> {
  return { value: m.period!, how: 'context', span: { start: m.start, end: m.end } };
}
