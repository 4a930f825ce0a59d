/**
 * Checks that need more than the schema: calendar dates and their order, ranges, URL schemes,
 * sources, references to entities and metrics, and whether a fact's unit fits its metric.
 * Each problem points at the node it is about.
 */
import type { Entity, Metric, Problem } from '../model';
import type { RawEntity, RawFact } from './convert';
import { originOfPath, type PathSegment } from './nodes';
import { PROBLEM, problem, type ProblemCode } from './problems';
import { entryLabel } from './schemaValidation';
import { unitKind } from './units';
import type { FileEntry, ParsedFactFile } from './yamlFile';

export interface Known {
  entities: ReadonlyMap<string, Entity>;
  metrics: ReadonlyMap<string, Metric>;
}

/** A real calendar date (2023-02-30 is not). */
export function isCalendarDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1000 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.length > 0;
  } catch {
    return false;
  }
}

class Reporter {
  readonly problems: Problem[] = [];
  constructor(
    private readonly parsed: ParsedFactFile,
    private readonly entry: FileEntry,
  ) {}
  readonly label = () => entryLabel(this.entry);
  add(code: ProblemCode, path: readonly PathSegment[], message: string): void {
    this.problems.push(problem(code, `${this.label()}: ${message}`, originOfPath(this.parsed, this.entry, path)));
  }
}

export function factProblems(parsed: ParsedFactFile, entry: FileEntry, fact: RawFact, known: Known): Problem[] {
  const r = new Reporter(parsed, entry);
  const entityRef = (path: PathSegment[], id: string | undefined, role: string) => {
    if (id !== undefined && !known.entities.has(id)) r.add(PROBLEM.unknownReference, path, `unknown ${role} "${id}" (no entity has this id).`);
  };
  entityRef(['entity'], fact.entity, 'entity');
  entityRef(['product'], fact.product, 'product');
  entityRef(['counterparty'], fact.counterparty, 'counterparty');
  fact.reportedBy?.forEach((id, i) => entityRef(['reportedBy', i], id, 'publisher'));
  const metric = known.metrics.get(fact.metric);
  if (!metric) r.add(PROBLEM.unknownReference, ['metric'], `unknown metric "${fact.metric}" (no metric has this id).`);

  for (const key of ['start', 'end', 'asOf'] as const) {
    const date = fact.period[key];
    if (date !== undefined && !isCalendarDate(date)) r.add(PROBLEM.impossiblePeriod, ['period', key], `period.${key} ${date} is not a calendar date.`);
  }
  const { start, end } = fact.period;
  if (start && end && isCalendarDate(start) && isCalendarDate(end) && start > end) {
    r.add(PROBLEM.impossiblePeriod, ['period'], `the period starts after it ends (${start} > ${end}).`);
  }
  if (fact.range && fact.range[0] > fact.range[1]) {
    r.add(PROBLEM.impossibleRange, ['range'], `range [${fact.range.join(', ')}] has its low end above its high end.`);
  }

  fact.sources.forEach((source, i) => {
    if (source.url !== undefined && !isWebUrl(source.url)) {
      r.add(PROBLEM.urlScheme, ['sources', i, 'url'], `source url "${source.url}" is not a valid http(s) URL.`);
    }
  });
  if (!fact.fromMemory && !fact.sources.some((s) => s.publisher && s.url)) {
    r.add(PROBLEM.missingSource, ['sources'], 'a fact that is not `fromMemory` needs a source with a `publisher` and a `url`.');
  }

  const kind = unitKind(fact.unit);
  const numeric = fact.value !== undefined || fact.range !== undefined;
  if (numeric && kind === 'text') {
    r.add(PROBLEM.unitMismatch, ['unit'], `unit "${fact.unit}" is for text facts, but the fact has a number.`);
  } else if (numeric && metric && kind !== 'text' && !metric.kinds.includes(kind)) {
    const takes = metric.kinds.length ? metric.kinds.join(', ') : 'text facts only';
    r.add(PROBLEM.unitMismatch, ['unit'], `unit "${fact.unit}" (${kind}) does not fit metric "${metric.id}", which takes ${takes}.`);
  }
  return r.problems;
}

/** Fiscal-year ends must be real month-days (a leap year's 02-29 is allowed). */
export function entityProblems(parsed: ParsedFactFile, entry: FileEntry, entity: RawEntity): Problem[] {
  const r = new Reporter(parsed, entry);
  if (entity.fiscalYearEnd !== undefined && !isCalendarDate(`2000-${entity.fiscalYearEnd}`)) {
    r.add(PROBLEM.impossiblePeriod, ['fiscalYearEnd'], `fiscalYearEnd ${entity.fiscalYearEnd} is not a calendar month-day.`);
  }
  return r.problems;
}

/** Parent references must exist and must not loop. */
export function parentProblems(parsed: ParsedFactFile, entry: FileEntry, entity: Entity, entities: ReadonlyMap<string, Entity>): Problem[] {
  const r = new Reporter(parsed, entry);
  if (entity.parent === undefined) return r.problems;
  if (!entities.has(entity.parent)) {
    r.add(PROBLEM.unknownReference, ['parent'], `unknown parent "${entity.parent}" (no entity has this id).`);
    return r.problems;
  }
  const seen = new Set([entity.id]);
  for (let id: string | undefined = entity.parent; id !== undefined; id = entities.get(id)?.parent) {
    if (seen.has(id)) {
      r.add(PROBLEM.parentCycle, ['parent'], `parent chain loops back to "${id}".`);
      break;
    }
    seen.add(id);
  }
  return r.problems;
}
