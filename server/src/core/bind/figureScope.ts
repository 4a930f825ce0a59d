/**
 * How far around a figure binding reads: the part of its sentence within reach, the quantities near
 * it and its clause. Bounds keep binding linear on pathological "sentences" (a list without stops,
 * a table of thousands of cells).
 */
import type { Quantity, Span } from '../model';
import { partitionPoint } from '../sortedSearch';
import { clauseAt } from './clauses';

/**
 * How far around a number binding looks inside one sentence. Real sentences are shorter; a "sentence"
 * of thousands of characters (a list without stops, a table) must not make binding quadratic.
 */
export const SCOPE = 600;

/** How many quantities on each side of a number binding compares it with (a list of 50,000 "1, 1, 1"). */
const NEIGHBOURS = 24;

/** The quantities of the sentence near q (q included), within scope. */
export function neighbours(sorted: Quantity[], q: Quantity, scope: Span): Quantity[] {
  const lo = partitionPoint(sorted, (o) => o.start < q.start);
  return sorted.slice(Math.max(0, lo - NEIGHBOURS), lo + NEIGHBOURS + 1).filter((o) => o.start >= scope.start && o.end <= scope.end);
}

/** The quantity's clause, stretched to cover the quantity when it spans a cut ("$25k – $40k"), within scope. */
export function clauseOf(clauses: Span[], q: Span, scope: Span): Span {
  const first = clauseAt(clauses, q.start);
  const last = clauseAt(clauses, Math.max(q.start, q.end - 1));
  return { start: Math.max(scope.start, Math.min(first.start, q.start)), end: Math.min(scope.end, Math.max(last.end, q.end)) };
}
