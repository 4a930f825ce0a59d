/**
 * A candidate is one entry that passed every check needing only the entry itself, already converted
 * to its model type and waiting to be merged with the others. It comes either from a parsed YAML file
 * or from the build-time snapshot of the bundled data, so merging never needs to know which: it only
 * asks which layer an entry belongs to and where to point a problem about it.
 */
import type { Entity, Fact, Metric, Origin, Problem } from '../model';
import { originOfPath, type PathSegment } from './nodes';
import { entryLabel } from './schemaValidation';
import type { FileEntry, ParsedFactFile } from './yamlFile';

export type Layer = 'bundled' | 'workspace';

/** How problems about an entry are worded and placed. */
export interface Citation {
  /** How messages name the entry: `fact "X"`. */
  readonly label: string;
  /** Where the value at `path` inside the entry starts; the entry's own start when that is unknown. */
  at(path: readonly PathSegment[]): Origin;
}

export interface Candidate<T> extends Citation {
  readonly item: T;
  readonly layer: Layer;
  /** Where the entry starts. */
  readonly origin: Origin;
  /**
   * Problems of the entry on its own (facts: dates, ranges, URLs, sources), found while reading its
   * file but reported with those found against the merged base, in the order loadFactBase always used.
   */
  readonly ownProblems: readonly Problem[];
}

export interface ValidEntries {
  entities: Candidate<Entity>[];
  metrics: Candidate<Metric>[];
  facts: Candidate<Fact>[];
}

export const noEntries = (): ValidEntries => ({ entities: [], metrics: [], facts: [] });

/** A candidate read from a YAML entry: problems point at the exact node a path names. */
export function candidateFromEntry<T>(parsed: ParsedFactFile, entry: FileEntry, item: T, ownProblems: readonly Problem[] = []): Candidate<T> {
  return {
    item,
    layer: entry.file.origin,
    origin: entry.origin,
    label: entryLabel(entry),
    at: (path) => originOfPath(parsed, entry, path),
    ownProblems,
  };
}

const SINGULAR = { entities: 'entity', metrics: 'metric', facts: 'fact' } as const;

/**
 * A candidate restored from the snapshot: the YAML nodes are gone, so a problem about a path inside
 * the entry points at the entry's first line (only a workspace pack can make a bundled entry fail).
 */
export function candidateFromSnapshot<T extends { id: string }>(section: keyof typeof SINGULAR, item: T, origin: Origin): Candidate<T> {
  return { item, layer: 'bundled', origin, label: `${SINGULAR[section]} "${item.id}"`, at: () => origin, ownProblems: [] };
}
