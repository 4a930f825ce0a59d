/**
 * loadFactBase: fact files (text) in, an indexed fact base and its problems out. Never throws.
 *
 *   parse each file safely -> validate each entry against its schema -> merge entities and metrics
 *   (workspace over bundled) -> check references, periods, sources and units of each fact ->
 *   merge facts -> index.
 *
 * A broken file or entry is skipped with a problem; everything else keeps working.
 */
import type { Entity, Fact, Metric, Problem } from '../model';
import { ambiguousAliases, entityAliasesOf } from './aliases';
import { entityProblems, factProblems, parentProblems } from './checks';
import { toEntity, toFact, toMetric, type RawEntity, type RawFact, type RawMetric } from './convert';
import { buildFactBase } from './factBase';
import { mergeById, type Located } from './merge';
import { PROBLEM, problem } from './problems';
import { schemaProblems } from './schemaValidation';
import type { FactBase, FactFileText } from './types';
import { parseFactFile } from './yamlFile';

interface ValidEntries {
  entities: Located<RawEntity>[];
  metrics: Located<RawMetric>[];
  facts: Located<RawFact>[];
}

interface FileResult {
  text: string;
  problems: Problem[];
  valid: ValidEntries;
}

/**
 * Parsing and schema validation per file, remembered per FactFileText object: the server keeps the
 * bundled file texts and reloads only when a workspace pack changes, so a reload re-reads the packs
 * and reuses the ~0.5 MB of bundled YAML. Later stages (references, merging) always run again.
 */
const fileResults = new WeakMap<FactFileText, FileResult>();

function readFile(file: FactFileText): FileResult {
  const cached = fileResults.get(file);
  if (cached && cached.text === file.text) return cached;
  const result: FileResult = { text: file.text, problems: [], valid: { entities: [], metrics: [], facts: [] } };
  const { problems, valid } = result;
  try {
    const parsed = parseFactFile(file, problems);
    for (const entry of parsed?.entries ?? []) {
      const found = schemaProblems(parsed!, entry);
      if (found.length > 0) {
        problems.push(...found);
        continue;
      }
      const located = { entry, parsed: parsed! };
      if (entry.section === 'entities') {
        const raw = entry.value as RawEntity;
        const own = entityProblems(parsed!, entry, raw);
        if (own.length > 0) problems.push(...own);
        else valid.entities.push({ ...located, item: raw });
      } else if (entry.section === 'metrics') valid.metrics.push({ ...located, item: entry.value as RawMetric });
      else valid.facts.push({ ...located, item: entry.value as RawFact });
    }
  } catch (error) {
    problems.push(problem(PROBLEM.internal, `Internal error while reading this file: ${String(error)}`, { file: file.path, line: 1, column: 1 }));
  }
  fileResults.set(file, result);
  return result;
}

function collectValidEntries(files: readonly FactFileText[], problems: Problem[]): ValidEntries {
  const valid: ValidEntries = { entities: [], metrics: [], facts: [] };
  // Bundled files first whatever the caller's order, so workspace packs always win a collision.
  const ordered = [...files].sort((a, b) => (a.origin === b.origin ? 0 : a.origin === 'bundled' ? -1 : 1));
  for (const file of ordered) {
    const result = readFile(file);
    problems.push(...result.problems);
    valid.entities.push(...result.valid.entities);
    valid.metrics.push(...result.valid.metrics);
    valid.facts.push(...result.valid.facts);
  }
  return valid;
}

/** Entities merged by id, without those whose parent is unknown or loops; names shared by two entities warned. */
function mergeEntities(valid: Located<RawEntity>[], problems: Problem[]): Map<string, Entity> {
  const merged = mergeById(valid, 'entity', problems);
  const all = new Map([...merged].map(([id, l]) => [id, toEntity(l.item)]));
  const entities = new Map<string, Entity>();
  for (const [id, located] of merged) {
    const found = parentProblems(located.parsed, located.entry, all.get(id)!, all);
    if (found.length > 0) problems.push(...found);
    else entities.set(id, all.get(id)!);
  }
  for (const [key, ids] of ambiguousAliases(entityAliasesOf(entities.values()))) {
    const text = key.split('\u0000')[1];
    const last = merged.get(ids[ids.length - 1]);
    const message = `The name "${text}" belongs to several entities (${ids.join(', ')}); drafts using it cannot be bound.`;
    problems.push(problem(PROBLEM.ambiguousAlias, message, last?.entry.origin, 'warning'));
  }
  return entities;
}

export function loadFactBase(files: FactFileText[]): FactBase {
  const problems: Problem[] = [];
  try {
    const valid = collectValidEntries(files, problems);
    const entities = mergeEntities(valid.entities, problems);
    const metrics = new Map<string, Metric>([...mergeById(valid.metrics, 'metric', problems)].map(([id, l]) => [id, toMetric(l.item)]));

    const checked: Located<RawFact>[] = [];
    for (const located of valid.facts) {
      const found = factProblems(located.parsed, located.entry, located.item, { entities, metrics });
      if (found.length > 0) problems.push(...found);
      else checked.push(located);
    }
    const facts: Fact[] = [...mergeById(checked, 'fact', problems).values()].map((l) => toFact(l.item, l.entry.origin));
    return buildFactBase(entities, metrics, facts, problems);
  } catch (error) {
    problems.push(problem(PROBLEM.internal, `Internal error while loading facts: ${String(error)}`));
    return buildFactBase(new Map(), new Map(), [], problems);
  }
}
