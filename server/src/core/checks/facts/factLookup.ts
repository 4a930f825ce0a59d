/**
 * Which facts bear on a claim: an entity's own, its units' and deals' from either side; when a fact was known.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Fact } from '../../model';
import { ancestorsOf, descendantsOf, type FactBase } from '../../facts/index';
import { daysBetween, endsBy, isLater } from './periodMatch';
import { issuedBy } from './guidance';

export function newestOf(facts: Fact[]): Fact | undefined {
  let best: Fact | undefined;
  for (const f of facts) if (!best || isLater(f.period, best.period)) best = f;
  return best;
}

/**
 * Two facts are figures of one series, so that the newer may supersede the older, when they are about
 * the same parties and product: a deal's own figure (a fact with a counterparty: OpenAI's 10 GW with
 * Broadcom) is not made out of date by the company's total (its 30 GW of commitments), by another
 * deal's figure or by another product's. A deal filed from either side (Oracle's with OpenAI, OpenAI's
 * with Oracle) is one series.
 */
export function sameSeries(a: Fact, b: Fact): boolean {
  return a.product === b.product && seriesParties(a) === seriesParties(b);
}

function seriesParties(f: Fact): string {
  return f.counterparty === undefined ? f.entity : [f.entity, f.counterparty].sort().join('|');
}

/**
 * Facts about an entity: its own, plus those filed under an ancestor with this entity as the product
 * ("Azure AI added 6 points" is filed under Microsoft with product azure-ai).
 */
export function factsAbout(kb: FactBase, entity: string, metric?: string): readonly Fact[] {
  return memoised(aboutMemo, kb, entity, metric, gatherFactsAbout);
}

/** The facts of an entity, of the companies it belongs to (Azure → Microsoft) and of its own products. */
export function familyFacts(kb: FactBase, entity: string, metric?: string): readonly Fact[] {
  return memoised(familyMemo, kb, entity, metric, (base, id, m) =>
    [id, ...ancestorsOf(base.entities, id), ...descendantsOf(base.entities, id)].flatMap((member) => base.factsFor(member, m)),
  );
}

/**
 * Answers by fact base, entity and metric, computed once (like counterpartyFacts below): the judge asks
 * for the same entity's facts several times per claim (the verdict steps, the value anchor, the slips,
 * the family's figures for every claim nothing decided), and a report asks about a few dozen entities
 * thousands of times. Frozen: callers share the array.
 */
type FactMemo = WeakMap<FactBase, Map<string, Map<string | undefined, readonly Fact[]>>>;
const aboutMemo: FactMemo = new WeakMap();
const familyMemo: FactMemo = new WeakMap();

function memoised(memo: FactMemo, kb: FactBase, entity: string, metric: string | undefined, gather: (kb: FactBase, entity: string, metric?: string) => Fact[]): readonly Fact[] {
  let byEntity = memo.get(kb);
  if (!byEntity) memo.set(kb, (byEntity = new Map()));
  let byMetric = byEntity.get(entity);
  if (!byMetric) byEntity.set(entity, (byMetric = new Map()));
  let found = byMetric.get(metric);
  if (!found) byMetric.set(metric, (found = Object.freeze(gather(kb, entity, metric))));
  return found;
}

function gatherFactsAbout(kb: FactBase, entity: string, metric?: string): Fact[] {
  const own = [...kb.factsFor(entity, metric)];
  const ancestors = ancestorsOf(kb.entities, entity);
  for (const ancestor of ancestors) for (const f of kb.factsFor(ancestor, metric)) if (f.product === entity) own.push(f);
  // A unit's own revenue is filed as its parent's segment revenue ("AWS revenue" is Amazon's
  // cloud-segment revenue with product aws; "H20 sales" are Nvidia's AI revenue with product h20)...
  // unless the base files the unit's revenue itself: then its AI or incremental revenue is a part of
  // that revenue, not a value of it (Azure's ~$400M of AI revenue says nothing of Azure's revenue).
  if (metric === 'revenue' && !own.some((f) => f.product === entity || f.entity === entity)) {
    for (const ancestor of ancestors) for (const segment of UNIT_REVENUE) for (const f of kb.factsFor(ancestor, segment)) if (f.product === entity) own.push(f);
  }
  // A deal has two sides and is filed under one of them: "Microsoft would pay Inflection $650M" is the
  // deal filed under Inflection with Microsoft as counterparty.
  if (metric === undefined || SYMMETRIC_METRICS.has(metric)) {
    for (const f of counterpartyFacts(kb).get(entity) ?? []) if (metric === undefined || f.metric === metric) own.push(f);
  }
  return own;
}

/**
 * Was the fact known by `date`? A figure for a period is known once the period has ended; a dated
 * event (a deal, a round, a price) once it was reported, which can be before the approximate date the
 * fact base files it under ("March 2024" filed as 2024-03-31, reported on 2024-03-22).
 */
export function knownBy(f: Fact, date: string): boolean {
  // A guidance is known once it was given, not when the period it guides ends.
  if (f.issued !== undefined) return issuedBy(f, date);
  if (endsBy(f.period, date)) return true;
  return f.period.start === f.period.end && reportedOnOrBefore(f, date);
}

/** A source dated to the day had published the fact by `date` (and could have: see reportsIt). */
export function reportedOnOrBefore(f: Fact, date: string): boolean {
  return f.sources.some((s) => s.date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(s.date) && s.date <= date && reportsIt(s.date, f.period.start));
}

/**
 * Known by `date` for a level (a valuation, a multiple: an instant metric). A level filed under the
 * span it was read in ("as of early 2024") is known once a source reported it, even though the span
 * has not ended: a draft of that day quoting it quotes the level on record, not a future one.
 */
export function levelKnownBy(f: Fact, date: string): boolean {
  return knownBy(f, date) || (f.period.start <= date && reportedOnOrBefore(f, date));
}

/** How long before the date a fact is filed under its report may come out (a month's event filed at its end). */
const REPORT_LEAD_DAYS = 31;

/**
 * A source dated months before the event cannot have reported it: a source shared by a series of
 * figures ("450M in July, 650M in October, 750M reported in February") dates the figures it saw, not
 * the later ones.
 */
function reportsIt(sourceDate: string, eventDate: string): boolean {
  return daysBetween(sourceDate, eventDate) <= REPORT_LEAD_DAYS;
}

/** Metrics whose facts read the same from either party's side. */
const SYMMETRIC_METRICS = new Set(['deal.value']);

const byCounterparty = new WeakMap<FactBase, Map<string, Fact[]>>();

/** Facts of symmetric metrics indexed by their counterparty (computed once per fact base). */
function counterpartyFacts(kb: FactBase): Map<string, Fact[]> {
  let index = byCounterparty.get(kb);
  if (!index) {
    index = new Map();
    for (const f of kb.facts) {
      if (!f.counterparty || !SYMMETRIC_METRICS.has(f.metric)) continue;
      const list = index.get(f.counterparty) ?? [];
      list.push(f);
      index.set(f.counterparty, list);
    }
    byCounterparty.set(kb, index);
  }
  return index;
}

const UNIT_REVENUE = ['revenue.cloud-segment', 'revenue.ai', 'revenue.incremental-ai', 'revenue.datacenter'];

/** What kind of figure a fact is: sources disagree only about figures of the same kind. */
export function figureKind(f: Fact): string {
  // A running total and the tranche that raised it (Amazon's $8B in all, $4B of it new) do not disagree.
  for (const kind of ['guidance', 'projection', 'estimate', 'target', 'cumulative']) if (f.qualifiers.includes(kind)) return kind;
  return 'reported';
}

/**
 * "Nvidia is worth $3 trillion", "英伟达估值3万亿美元": what a listed company is worth is its market
 * capitalisation. A valuation claim about a company the base holds market caps for and no private
 * valuations is judged as a market cap.
 */
export function listedValuation(kb: FactBase, entity: string, metric: string): string {
  if (metric !== 'valuation') return metric;
  if (factsAbout(kb, entity, 'valuation').length > 0 || factsAbout(kb, entity, 'market-cap').length === 0) return metric;
  return 'market-cap';
}

/** The facts of a metric, across entities; memoised per fact base (judging may ask for every claim it cannot decide). */
const byMetricOf = new WeakMap<FactBase, Map<string, Fact[]>>();
export function factsOfMetric(kb: FactBase, metric: string): readonly Fact[] {
  let byMetric = byMetricOf.get(kb);
  if (!byMetric) {
    byMetric = new Map();
    for (const f of kb.facts) {
      const list = byMetric.get(f.metric);
      if (list) list.push(f);
      else byMetric.set(f.metric, [f]);
    }
    byMetricOf.set(kb, byMetric);
  }
  return byMetric.get(metric) ?? [];
}
