/**
 * Decides what the fact base says about one claim: the verdict order of checking-model §4.
 *
 *   1. a fact of the same period intersects the claim           → supported (or misattributed)
 *   2. the value matches the same metric for another period      → wrong-period
 *   3. it matches after swapping currency / a power of ten       → wrong-currency / wrong-scale
 *   4. it matches another metric of the same entity and period   → wrong-metric
 *   5. it matches an older fact and a newer one exists           → stale
 *   6. same-period facts disagree with each other                → conflicting (never an error)
 *   7. same-period facts exist and none matches                  → contradicted; no fact → unverifiable
 *
 * This module only judges; findings.ts turns a judgement into a message, a severity and fixes.
 */
import type { Claim, Fact, QuantityKind, Verdict } from '../../model';
import type { FactBase } from '../../facts/index';
import { factInterval, intersects, quantityInterval, relativeGap, scale, type Interval } from '../intervals';
import { isLater, periodRelation, endsBy } from './periodMatch';

export interface Judgement {
  verdict: Verdict;
  /** The facts that decided the verdict (supported: the matching ones; contradicted: the same-period ones). */
  deciding: Fact[];
  /** Facts that also bear on the claim (the other source of a conflict, the fact of the other period...). */
  related: Fact[];
  /** For contradicted: the smallest relative gap between the claim and a deciding fact. */
  gap?: number;
  /** For wrong-scale: the factor that makes the claim match (10, 0.1, 10000...). */
  scaleFactor?: number;
}

const CURRENCY_UNITS = new Set(['USD', 'CNY', 'EUR', 'GBP', 'JPY', 'HKD', 'TWD']);

/** A contradicted claim must miss every same-period fact by more than this (relative) to be more than information. */
export const MATERIAL_GAP = 0.03;

/** Which fact units a quantity kind can be compared with. */
function unitFits(kind: QuantityKind, currency: string | undefined, fact: Fact): boolean {
  switch (kind) {
    case 'money':
      return fact.unit === currency;
    case 'count':
    case 'number':
      return fact.unit === 'count';
    case 'percent':
      return fact.unit === 'percent';
    case 'points':
      return fact.unit === 'points';
    case 'multiple':
      return fact.unit === 'multiple';
    case 'ratio':
      return fact.unit === 'ratio';
    default:
      return false;
  }
}

/** Prices must be per the same thing: compare "$30 per 1M tokens" with facts per 1M tokens only. */
function perFits(claim: Claim, fact: Fact): boolean {
  const cp = claim.quantity.per;
  const fp = fact.per;
  if (!cp && !fp) return true;
  if (!cp || !fp) return false;
  return singular(cp.unit) === singular(fp.unit);
}

function singular(unit: string): string {
  return unit.toLowerCase().replace(/s$/, '');
}

/** The claim's interval expressed per the fact's denominator (per 750k words vs per 1M tokens is arithmetic's job). */
function claimIntervalFor(claim: Claim, fact: Fact): Interval {
  const i = quantityInterval(claim.quantity);
  const cp = claim.quantity.per;
  const fp = fact.per;
  if (cp && fp && cp.amount !== fp.amount && cp.amount > 0) return scale(i, fp.amount / cp.amount);
  return i;
}

function productFits(claim: Claim, fact: Fact): boolean {
  if (!claim.product || !fact.product) return true;
  return claim.product.value === fact.product;
}

function matches(claim: Claim, fact: Fact): boolean {
  const fi = factInterval(fact);
  return fi !== null && intersects(claimIntervalFor(claim, fact), fi);
}

function numeric(f: Fact): boolean {
  return factInterval(f) !== null;
}

export function judgeClaim(claim: Claim, kb: FactBase, documentDate?: string): Judgement {
  const none: Judgement = { verdict: 'unverifiable', deciding: [], related: [] };
  const q = claim.quantity;
  if (q.kind === 'vague' || !claim.entity || !claim.metric) return none;
  const entity = claim.entity.value;
  const metric = claim.metric.value;

  const ofMetric = kb
    .factsFor(entity, metric)
    .filter((f) => numeric(f) && productFits(claim, f) && perFits(claim, f));
  const comparable = ofMetric.filter((f) => unitFits(q.kind, q.currency, f));
  const period = claim.period?.value;

  // Without a stated period, the facts known by the document's date stand in for "now".
  const samePeriod = period
    ? comparable.filter((f) => periodRelation(period, f.period) === 'same')
    : comparable.filter((f) => !documentDate || endsBy(f.period, documentDate));
  const otherPeriod = comparable.filter((f) => !samePeriod.includes(f));

  // 1. Supported (or misattributed).
  const supporting = samePeriod.filter((f) => matches(claim, f));
  if (supporting.length > 0) {
    if (!period) {
      // 5. Stale: the claim matches an older figure although a newer one was known by the document's date.
      const newest = newestOf(samePeriod);
      if (newest && !supporting.includes(newest) && supporting.every((f) => isLater(newest.period, f.period))) {
        return { verdict: 'stale', deciding: [newest], related: supporting };
      }
    }
    const attribution = claim.attribution?.value;
    if (attribution) {
      const named = samePeriod.filter((f) => f.sources.some((s) => publisherMatches(s.publisher, attribution)));
      const namedSupports = supporting.some((f) => named.includes(f));
      if (!namedSupports && named.length > 0) {
        return { verdict: 'misattributed', deciding: named, related: supporting };
      }
    }
    const disagreeing = samePeriod.filter((f) => !matches(claim, f) && !f.fromMemory);
    if (period && disagreeing.length > 0 && !attribution) {
      return { verdict: 'conflicting', deciding: supporting, related: disagreeing };
    }
    return { verdict: 'supported', deciding: supporting, related: [] };
  }

  // 2. Wrong period: the value is right for the same metric at another time.
  if (period) {
    const elsewhere = otherPeriod.filter((f) => matches(claim, f));
    if (elsewhere.length > 0) return { verdict: 'wrong-period', deciding: elsewhere, related: samePeriod };
  }

  // 3. Wrong currency or scale, judged against same-period facts only.
  if (q.kind === 'money' && period) {
    const otherCurrency = ofMetric.filter(
      (f) => CURRENCY_UNITS.has(f.unit) && f.unit !== q.currency && periodRelation(period, f.period) === 'same',
    );
    const swapped = otherCurrency.filter((f) => matches(claim, f));
    if (swapped.length > 0) return { verdict: 'wrong-currency', deciding: swapped, related: [] };
  }
  if (samePeriod.length > 0 && (period || q.kind !== 'money')) {
    for (const factor of [10, 0.1, 100, 0.01, 1000, 0.001, 1e4, 1e-4]) {
      const scaled = samePeriod.filter((f) => {
        const fi = factInterval(f);
        return fi !== null && intersects(scale(claimIntervalFor(claim, f), factor), fi);
      });
      if (scaled.length > 0) return { verdict: 'wrong-scale', deciding: scaled, related: [], scaleFactor: factor };
    }
  }

  // 4. Wrong metric: another measure of the same entity and period has this value.
  if (period) {
    const otherMetric = kb
      .factsFor(entity)
      .filter(
        (f) =>
          f.metric !== metric &&
          numeric(f) &&
          periodRelation(period, f.period) === 'same' &&
          (unitFits(q.kind, q.currency, f) || isPointsForPercent(q.kind, f)) &&
          matchesLoosely(claim, f),
      );
    if (otherMetric.length > 0) return { verdict: 'wrong-metric', deciding: otherMetric, related: samePeriod };
  }

  // 6/7. Contradicted (or conflicting sources when the same-period facts themselves disagree).
  if (samePeriod.length > 0 && period) {
    const claimInterval = quantityInterval(q);
    const gaps = samePeriod.map((f) => relativeGap(claimInterval, factInterval(f)!));
    return { verdict: 'contradicted', deciding: samePeriod, related: otherPeriod, gap: Math.min(...gaps) };
  }
  return { ...none, related: comparable };
}

/** Percent claims are checked against percentage-point facts: the classic points-vs-percent mix-up. */
function isPointsForPercent(kind: QuantityKind, f: Fact): boolean {
  return kind === 'percent' && f.unit === 'points';
}

function matchesLoosely(claim: Claim, f: Fact): boolean {
  const fi = factInterval(f);
  return fi !== null && intersects(quantityInterval(claim.quantity), fi);
}

function newestOf(facts: Fact[]): Fact | undefined {
  let best: Fact | undefined;
  for (const f of facts) if (!best || isLater(f.period, best.period)) best = f;
  return best;
}

/** "FT" names the Financial Times, "《金融时报》" too: compare loosely, both ways. */
export function publisherMatches(publisher: string, attribution: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[《》"“”'‘’\s.]/g, '').replace(/^the/, '');
  const a = norm(publisher);
  const b = norm(attribution);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}
