/**
 * The build-time snapshot of the bundled fact base: the entities, metrics and facts that loadFactBase
 * produced from data/, already validated, as plain JSON. Restoring it skips YAML parsing and schema
 * validation (most of a cold start); workspace packs are still read from YAML and merged over it by
 * the loader's own merge, so they override and fail exactly as they would over the YAML.
 *
 * Origins name files relative to the data folder ("facts/openai.yaml", always with "/") so a snapshot
 * built in one checkout is valid in any installation; the adapter resolves them to real paths.
 * The snapshot does not check that it matches the files on disk: its `hash` is compared by the adapter.
 */
import type { Entity, Fact, Metric, Origin, Problem } from '../model';
import { candidateFromSnapshot, noEntries, type ValidEntries } from './candidates';
import { buildFactBase } from './factBase';
import { collectValidEntries, loadFactBase, mergeValidEntries } from './load';
import type { FactBase, FactFileText } from './types';

/** Raised whenever the snapshot's shape or meaning changes, so an older snapshot is never trusted. */
export const SNAPSHOT_FORMAT = 1;

export interface SnapshotEntry<T> {
  item: T;
  origin: Origin;
}

export interface FactSnapshot {
  format: number;
  /** Content hash of the fact files it was made from (the adapter computes and compares it). */
  hash: string;
  entities: SnapshotEntry<Entity>[];
  metrics: SnapshotEntry<Metric>[];
  /** In the fact base's order, each with its own `origin`. */
  facts: Fact[];
}

export type ResolveFile = (relativeName: string) => string;

const sameName: ResolveFile = (name) => name;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** A cheap shape check of parsed JSON: this format, a hash, and the three lists. */
export function isFactSnapshot(json: unknown): json is FactSnapshot {
  return (
    isObject(json) &&
    json.format === SNAPSHOT_FORMAT &&
    typeof json.hash === 'string' &&
    Array.isArray(json.entities) &&
    Array.isArray(json.metrics) &&
    Array.isArray(json.facts)
  );
}

export interface SnapshotResult {
  /** Absent when the files have problems: only a clean fact base is worth freezing. */
  snapshot?: FactSnapshot;
  problems: readonly Problem[];
}

/**
 * Loads `files` with loadFactBase and freezes the result. `relativeName` turns a file's path into the
 * name stored in origins. Entities and metrics keep the place of the entry that defined them, so a
 * problem a workspace pack causes in them can still name a file and line.
 */
export function snapshotOf(files: FactFileText[], hash: string, relativeName: (path: string) => string): SnapshotResult {
  const kb = loadFactBase(files);
  if (kb.problems.length > 0) return { problems: kb.problems };
  // Parsing is remembered per file object, so this reuses the load above to find where entries start.
  const valid = collectValidEntries(files, []);
  const originOf = (entries: ValidEntries['entities'] | ValidEntries['metrics']) =>
    new Map<string, Origin>(entries.map((c) => [c.item.id, c.origin]));
  const relative = (origin: Origin): Origin => ({ ...origin, file: relativeName(origin.file) });
  const entityOrigins = originOf(valid.entities);
  const metricOrigins = originOf(valid.metrics);
  return {
    problems: [],
    snapshot: {
      format: SNAPSHOT_FORMAT,
      hash,
      entities: [...kb.entities.values()].map((item) => ({ item, origin: relative(entityOrigins.get(item.id)!) })),
      metrics: [...kb.metrics.values()].map((item) => ({ item, origin: relative(metricOrigins.get(item.id)!) })),
      facts: kb.facts.map((fact) => (fact.origin ? { ...fact, origin: relative(fact.origin) } : fact)),
    },
  };
}

/** The snapshot's entries with real file paths; origins and facts are copied, the snapshot is never changed. */
function restore(snapshot: FactSnapshot, resolveFile: ResolveFile): { entities: Map<string, Entity>; metrics: Map<string, Metric>; facts: Fact[]; entries: ValidEntries } {
  const files = new Map<string, string>();
  const resolve = (origin: Origin): Origin => {
    let file = files.get(origin.file);
    if (file === undefined) files.set(origin.file, (file = resolveFile(origin.file)));
    return { file, line: origin.line, column: origin.column };
  };
  const entries = noEntries();
  const entities = new Map<string, Entity>();
  const metrics = new Map<string, Metric>();
  for (const { item, origin } of snapshot.entities) {
    entities.set(item.id, item);
    entries.entities.push(candidateFromSnapshot('entities', item, resolve(origin)));
  }
  for (const { item, origin } of snapshot.metrics) {
    metrics.set(item.id, item);
    entries.metrics.push(candidateFromSnapshot('metrics', item, resolve(origin)));
  }
  // Spreading keeps the fact's own key order, so JSON output is the same as from the YAML.
  const facts = snapshot.facts.map((fact) => (fact.origin ? { ...fact, origin: resolve(fact.origin) } : { ...fact }));
  for (const fact of facts) {
    entries.facts.push(candidateFromSnapshot('facts', fact, fact.origin ?? { file: '', line: 1, column: 1 }));
  }
  return { entities, metrics, facts, entries };
}

/** The bundled fact base from its snapshot: indexed by the same code as loadFactBase, with no problems. */
export function factBaseFromSnapshot(snapshot: FactSnapshot, resolveFile: ResolveFile = sameName): FactBase {
  const { entities, metrics, facts } = restore(snapshot, resolveFile);
  return buildFactBase(entities, metrics, facts, []);
}

/**
 * The snapshot's fact base with workspace packs merged over it, exactly as loadFactBase merges packs
 * over the bundled YAML: the same id replaces a bundled entry in its place, duplicates within the packs
 * and broken entries are problems with file and line, and bundled facts are held against the packs'
 * entities and metrics. (A problem about a bundled entry points at its first line, not the field.)
 */
export function factBaseOverSnapshot(snapshot: FactSnapshot, packs: readonly FactFileText[], resolveFile: ResolveFile = sameName): FactBase {
  if (packs.length === 0) return factBaseFromSnapshot(snapshot, resolveFile);
  const problems: Problem[] = [];
  const entries = collectValidEntries(packs, problems, restore(snapshot, resolveFile).entries);
  return mergeValidEntries(entries, problems);
}
