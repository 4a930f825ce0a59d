/**
 * The public shapes of the fact base: the file texts it is loaded from and the indexed result.
 * Loading is pure: adapters (server/src/node/factFiles.ts) read files and pass their text in.
 */
import type { Entity, Fact, Metric, Problem } from '../model';

/** One fact file as text. `path` is what problems cite; `origin` decides precedence when ids collide. */
export interface FactFileText {
  path: string;
  text: string;
  origin: 'bundled' | 'workspace';
  /** Set by the reader when the file could not be read (missing, unreadable, too large); `text` is then empty. */
  readError?: string;
}

/** A name or alias of an entity, as matched in drafts. */
export interface EntityAlias {
  text: string;
  entity: string;
  lang: 'en' | 'zh';
}

/** A metric name or trigger word, as matched in drafts. */
export interface MetricTrigger {
  text: string;
  metric: string;
  lang: 'en' | 'zh';
}

export interface FactBase {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly metrics: ReadonlyMap<string, Metric>;
  readonly facts: readonly Fact[];
  /** Facts about an entity (all metrics, or one metric): an indexed lookup, never a scan. */
  factsFor(entity: string, metric?: string): readonly Fact[];
  factById(id: string): Fact | undefined;
  /** Every entity name and alias, longest first (ties: alphabetical), for matching in text. */
  readonly entityAliases: readonly EntityAlias[];
  /** Every metric name and trigger word, longest first (ties: alphabetical). */
  readonly metricTriggers: readonly MetricTrigger[];
  /** Every problem found while loading, each with its origin {file, line, column} when it has one. */
  readonly problems: readonly Problem[];
}
