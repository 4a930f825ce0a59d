/**
 * Merging entries by id across files. Within one origin (all bundled files, or all workspace packs)
 * an id may be defined once: a second definition is a problem and is ignored. A workspace entry
 * replaces a bundled entry with the same id (that is how packs correct or extend the bundled data);
 * the replacement keeps the bundled entry's place in the order.
 */
import type { Problem } from '../model';
import type { Candidate, Layer } from './candidates';
import { PROBLEM, problem } from './problems';

const where = (c: Candidate<unknown>) => `${c.origin.file}:${c.origin.line}:${c.origin.column}`;

export function mergeById<T extends { id: string }>(items: readonly Candidate<T>[], what: string, problems: Problem[]): Map<string, Candidate<T>> {
  const byLayer: Record<Layer, Map<string, Candidate<T>>> = { bundled: new Map(), workspace: new Map() };
  for (const candidate of items) {
    const group = byLayer[candidate.layer];
    const first = group.get(candidate.item.id);
    if (first) {
      const message = `Duplicate ${what} id "${candidate.item.id}": already defined at ${where(first)}; this definition is ignored.`;
      problems.push(problem(PROBLEM.duplicateId, message, candidate.at(['id'])));
      continue;
    }
    group.set(candidate.item.id, candidate);
  }
  const merged = new Map(byLayer.bundled);
  for (const [id, candidate] of byLayer.workspace) merged.set(id, candidate);
  return merged;
}
