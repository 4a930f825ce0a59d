/**
 * loadFactBase: fact files (text) in, an indexed fact base and its problems out. Never throws.
 *
 *   parse each file safely -> validate each entry against its schema -> merge entities and metrics
 *   (workspace over bundled) -> check references, periods, sources and units of each fact ->
 *   merge facts -> index.
 *
 * A broken file or entry is skipped with a problem; everything else keeps working.
 *
 * Two stages: reading (parse, schema, the checks an entry needs alone, conversion to model types) is
 * per file and remembered; merging (`mergeValidEntries`) works on candidates wherever they came from,
 * so the build-time snapshot of the bundled data (snapshot.ts) merges workspace packs the same way.
 */
import type { Entity, Metric, Problem } from '../model';
import { ambiguousAliases, entityAliasesOf } from './aliases';
import { candidateFromEntry, noEntries, type Candidate, type ValidEntries } from './candidates';
import { entityProblems, factEntryProblems, factProblems, parentProblems } from './checks';
import { toEntity, toFact, toMetric, type RawEntity, type RawFact, type RawMetric } from './convert';
import { buildFactBase } from './factBase';
import { mergeById } from './merge';
import { PROBLEM, problem } from './problems';
import { schemaProblems } from './schemaValidation';
import type { FactBase, FactFileText } from './types';
import { parseFactFile } from './yamlFile';

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
  const result: FileResult = { text: file.text, problems: [], valid: noEntries() };
  const { problems, valid } = result;
  try {
    const parsed = parseFactFile(file, problems);
    for (const entry of parsed?.entries ?? []) {
      const found = schemaProblems(parsed!, entry);
      if (found.length > 0) {
        problems.push(...found);
        continue;
      }
      if (entry.section === 'entities') {
        const raw = entry.value as RawEntity;
        const candidate = candidateFromEntry(parsed!, entry, toEntity(raw));
        const own = entityProblems(candidate, raw);
        if (own.length > 0) problems.push(...own);
        else valid.entities.push(candidate);
      } else if (entry.section === 'metrics') {
        valid.metrics.push(candidateFromEntry(parsed!, entry, toMetric(entry.value as RawMetric)));
      } else {
        const raw = entry.value as RawFact;
        const fact = candidateFromEntry(parsed!, entry, toFact(raw, entry.origin));
        valid.facts.push({ ...fact, ownProblems: factEntryProblems(fact, raw) });
      }
    }
  } catch (error) {
    problems.push(problem(PROBLEM.internal, `Internal error while reading this file: ${String(error)}`, { file: file.path, line: 1, column: 1 }));
  }
  fileResults.set(file, result);
  return result;
}

/** The entries of every file that are valid on their own, bundled files first whatever the order given. */
export function collectValidEntries(files: readonly FactFileText[], problems: Problem[], into: ValidEntries = noEntries()): ValidEntries {
  // Bundled files first whatever the caller's order, so workspace packs always win a collision.
  const ordered = [...files].sort((a, b) => (a.origin === b.origin ? 0 : a.origin === 'bundled' ? -1 : 1));
  for (const file of ordered) {
    const result = readFile(file);
    problems.push(...result.problems);
    into.entities.push(...result.valid.entities);
    into.metrics.push(...result.valid.metrics);
    into.facts.push(...result.valid.facts);
  }
  return into;
}

/** Entities merged by id, without those whose parent is unknown or loops; names shared by two entities warned. */
function mergeEntities(valid: Candidate<Entity>[], problems: Problem[]): Map<string, Entity> {
  const merged = mergeById(valid, 'entity', problems);
  const all = new Map([...merged].map(([id, c]) => [id, c.item]));
  const entities = new Map<string, Entity>();
  for (const [id, candidate] of merged) {
    const found = parentProblems(candidate, candidate.item, all);
    if (found.length > 0) problems.push(...found);
    else entities.set(id, candidate.item);
  }
  for (const [key, ids] of ambiguousAliases(entityAliasesOf(entities.values()))) {
    const text = key.split('\u0000')[1];
    const last = merged.get(ids[ids.length - 1]);
    const message = `The name "${text}" belongs to several entities (${ids.join(', ')}); drafts using it cannot be bound.`;
    problems.push(problem(PROBLEM.ambiguousAlias, message, last?.origin, 'warning'));
  }
  return entities;
}

/**
 * Merges valid entries (workspace over bundled), checks each fact against the merged entities and
 * metrics, and indexes the result. `problems` already holds those found while reading the files.
 */
export function mergeValidEntries(valid: ValidEntries, problems: Problem[]): FactBase {
  try {
    const entities = mergeEntities(valid.entities, problems);
    const metrics = new Map<string, Metric>([...mergeById(valid.metrics, 'metric', problems)].map(([id, c]) => [id, c.item]));
    const checked = valid.facts.filter((candidate) => {
      const found = factProblems(candidate, { entities, metrics });
      problems.push(...found);
      return found.length === 0;
    });
    const facts = [...mergeById(checked, 'fact', problems).values()].map((c) => c.item);
    return buildFactBase(entities, metrics, facts, problems);
  } catch (error) {
    problems.push(problem(PROBLEM.internal, `Internal error while loading facts: ${String(error)}`));
    return buildFactBase(new Map(), new Map(), [], problems);
  }
}

export function loadFactBase(files: FactFileText[]): FactBase {
  const problems: Problem[] = [];
  try {
    return mergeValidEntries(collectValidEntries(files, problems), problems);
  } catch (error) {
    problems.push(problem(PROBLEM.internal, `Internal error while loading facts: ${String(error)}`));
    return buildFactBase(new Map(), new Map(), [], problems);
  }
}
