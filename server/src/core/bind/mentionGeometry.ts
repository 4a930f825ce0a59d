/**
 * Where period mentions and figures stand to each other: the figures a mention overlaps, and the mention
 * nearest a figure. Split from periodBinding.ts, which chooses among the mentions these find.
 */
import type { Quantity, Span } from '../model';
import type { PeriodMention } from './periods';
import { partitionPoint } from '../sortedSearch';

/** The quantities (sorted, disjoint) that overlap span m: a binary search, then back while they reach it. */
export function overlapping(sorted: readonly Quantity[], m: Span): Quantity[] {
  const lo = partitionPoint(sorted, (o) => o.start < m.end);
  const out: Quantity[] = [];
  for (let i = lo - 1; i >= 0 && sorted[i].end > m.start; i--) out.push(sorted[i]);
  return out;
}

/** Characters between a mention and a figure (0 when they touch). */
export function distance(m: Span, q: Span): number {
  return m.end <= q.start ? q.start - m.end : m.start - q.end;
}

export function nearest(mentions: PeriodMention[], q: Span): PeriodMention | undefined {
  // Ties go to the expression before the number ("in 2023 revenue was $1B in total").
  return [...mentions].sort((a, b) => distance(a, q) - distance(b, q) || a.start - b.start)[0];
}
