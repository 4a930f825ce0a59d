/**
 * Merging entries by id across files. Within one origin (all bundled files, or all workspace packs)
 * an id may be defined once: a second definition is a problem and is ignored. A workspace entry
 * replaces a bundled entry with the same id (that is how packs correct or extend the bundled data);
 * the replacement keeps the bundled entry's place in the order.
 */
import type { Problem } from '../model';
import { originOfPath } from './nodes';
import { PROBLEM, problem } from './problems';
import type { FileEntry, ParsedFactFile } from './yamlFile';

export interface Located<T> {
  item: T;
  entry: FileEntry;
  parsed: ParsedFactFile;
}

const where = (e: FileEntry) => `${e.origin.file}:${e.origin.line}:${e.origin.column}`;

export function mergeById<T extends { id: string }>(items: readonly Located<T>[], what: string, problems: Problem[]): Map<string, Located<T>> {
  const byOrigin = { bundled: new Map<string, Located<T>>(), workspace: new Map<string, Located<T>>() };
  for (const located of items) {
    const group = byOrigin[located.entry.file.origin];
    const first = group.get(located.item.id);
    if (first) {
      const origin = originOfPath(located.parsed, located.entry, ['id']);
      problems.push(problem(PROBLEM.duplicateId, `Duplicate ${what} id "${located.item.id}": already defined at ${where(first.entry)}; this definition is ignored.`, origin));
      continue;
    }
    group.set(located.item.id, located);
  }
  const merged = new Map(byOrigin.bundled);
  for (const [id, located] of byOrigin.workspace) merged.set(id, located);
  return merged;
}
