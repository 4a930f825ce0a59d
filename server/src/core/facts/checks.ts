/**
 * Checks that need more than the schema: calendar dates and their order, ranges, URL schemes,
 * sources, references to entities and metrics, and whether a fact's unit fits its metric.
 * Each problem points at the node it is about.
 *
 * A fact's checks come in two groups: those of the entry alone (run once per file, on the raw entry)
 * and those against the merged entities and metrics (run on every merge, on the converted fact, so
 * bundled facts from the snapshot are held against a workspace pack's entities and metrics too).
 */
import type { Entity, Fact, Metric, Problem } from '../model';
import type { Candidate, Citation } from './candidates';
import type { RawEntity, RawFact } from './convert';
import type { PathSegment } from './nodes';
import { PROBLEM, problem, type ProblemCode } from './problems';
import { unitKind } from './units';

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
  constructor(private readonly citation: Citation) {}
  add(code: ProblemCode, path: readonly PathSegment[], message: string): void {
    this.problems.push(problem(code, `${this.citation.label}: ${message}`, this.citation.at(path)));
  }
}

/** Dates, range, source URLs and the need for a source: what a fact entry can get wrong on its own. */
export function factEntryProblems(citation: Citation, fact: RawFact): Problem[] {
  const r = new Reporter(citation);
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
  return r.problems;
}

/**
 * Every problem of a fact candidate in the merged base: its references, then the problems of its
 * entry alone, then whether its unit fits its metric (the order messages have always come in).
 */
export function factProblems(candidate: Candidate<Fact>, known: Known): Problem[] {
  const fact = candidate.item;
  const r = new Reporter(candidate);
  const entityRef = (path: PathSegment[], id: string | undefined, role: string) => {
    if (id !== undefined && !known.entities.has(id)) r.add(PROBLEM.unknownReference, path, `unknown ${role} "${id}" (no entity has this id).`);
  };
  entityRef(['entity'], fact.entity, 'entity');
  entityRef(['product'], fact.product, 'product');
  entityRef(['counterparty'], fact.counterparty, 'counterparty');
  fact.reportedBy?.forEach((id, i) => entityRef(['reportedBy', i], id, 'publisher'));
  const metric = known.metrics.get(fact.metric);
  if (!metric) r.add(PROBLEM.unknownReference, ['metric'], `unknown metric "${fact.metric}" (no metric has this id).`);

  r.problems.push(...candidate.ownProblems);

  const kind = unitKind(fact.unit);
  // A converted fact has low/high only from a range, or from a bound on its value.
  const numeric = fact.value !== undefined || fact.low !== undefined || fact.high !== undefined;
  if (numeric && kind === 'text') {
    r.add(PROBLEM.unitMismatch, ['unit'], `unit "${fact.unit}" is for text facts, but the fact has a number.`);
  } else if (numeric && metric && kind !== 'text' && !metric.kinds.includes(kind)) {
    const takes = metric.kinds.length ? metric.kinds.join(', ') : 'text facts only';
    r.add(PROBLEM.unitMismatch, ['unit'], `unit "${fact.unit}" (${kind}) does not fit metric "${metric.id}", which takes ${takes}.`);
  }
  return r.problems;
}

/** Fiscal-year ends must be real month-days (a leap year's 02-29 is allowed). */
export function entityProblems(citation: Citation, entity: RawEntity): Problem[] {
  const r = new Reporter(citation);
  if (entity.fiscalYearEnd !== undefined && !isCalendarDate(`2000-${entity.fiscalYearEnd}`)) {
    r.add(PROBLEM.impossiblePeriod, ['fiscalYearEnd'], `fiscalYearEnd ${entity.fiscalYearEnd} is not a calendar month-day.`);
  }
  return r.problems;
}

/** Parent references must exist and must not loop; a group's members must exist. */
export function parentProblems(citation: Citation, entity: Entity, entities: ReadonlyMap<string, Entity>): Problem[] {
  const r = new Reporter(citation);
  for (const member of entity.members ?? []) {
    if (!entities.has(member)) r.add(PROBLEM.unknownReference, ['members'], `unknown member "${member}" (no entity has this id).`);
  }
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
