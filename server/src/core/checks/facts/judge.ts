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
import type { Claim, Fact, Period, QuantityKind, Verdict } from '../../model';
import { ancestorsOf, type FactBase } from '../../facts/index';
import { factInterval, intersects, quantityInterval, relativeGap, scale, type Interval } from '../intervals';
import { daysBetween, endsBy, isLater, isPriorPeriod, periodRelation, within } from './periodMatch';

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
      return fact.unit === 'count';
    case 'number':
      // A bare number is a count, or an exchange rate ("汇率7.14") when the fact is a rate.
      return fact.unit === 'count' || fact.unit.includes('/');
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
  // "An H100 costs $30,000" states a price per one unit without saying "per GPU".
  if (!cp) return fp!.amount === 1;
  if (!fp) return false;
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

/** What the judge may know about the claim's sentence beyond its bindings. */
export interface JudgeContext {
  documentDate?: string;
  /** Every period the claim's sentence mentions: a value that matches one of them is not a wrong period. */
  sentencePeriods?: Period[];
  /** The sentence's prose: comparison cues ("up from", "比") mean an older figure is quoted on purpose. */
  sentenceText?: string;
}

/** "up from $1.3B", "比上一财年", "此前": the sentence compares with an earlier figure on purpose. */
const COMPARISON_CUES = /\b(?:from|up from|down from|compared with|versus|vs\.?|previous|prior|earlier|before|last)\b|比|较|此前|之前|上一|上年|去年|同比|环比|从|由/i;

export function judgeClaim(claim: Claim, kb: FactBase, context: JudgeContext = {}): Judgement {
  const { documentDate } = context;
  const none: Judgement = { verdict: 'unverifiable', deciding: [], related: [] };
  const q = claim.quantity;
  const pointsAsPercent = percentThatIsPoints(claim, kb, context);
  if (pointsAsPercent) return pointsAsPercent;
  if (q.kind === 'vague' || !claim.entity || !claim.metric) return none;
  const entity = claim.entity.value;
  const metric = claim.metric.value;

  const periodKind = kb.metrics.get(metric)?.periodKind ?? 'duration';
  const relation = (p: Period, f: Fact) => periodRelation(p, f.period, periodKind);
  const ofMetric = factsAbout(kb, entity, metric)
    .filter((f) => numeric(f) && productFits(claim, f) && perFits(claim, f));
  const comparable = ofMetric.filter((f) => unitFits(q.kind, q.currency, f));
  const period = claim.period?.value;

  // Without a stated period, the facts known by the document's date stand in for "now".
  const samePeriod = period
    ? comparable.filter((f) => relation(period, f) === 'same')
    : comparable.filter((f) => !documentDate || endsBy(f.period, documentDate));
  // Dated events inside a longer claim period may support the claim, never contradict it.
  const contained = period ? comparable.filter((f) => relation(period, f) === 'contains') : [];
  const otherPeriod = comparable.filter((f) => !samePeriod.includes(f) && !contained.includes(f));

  // 1. Supported (or misattributed).
  const supporting = [...samePeriod, ...contained].filter((f) => matches(claim, f));
  if (supporting.length > 0) {
    if (!period) {
      // 5. Stale: the claim matches an older figure although a newer one was known by the document's date.
      const newest = newestOf(samePeriod);
      const quotesOlder = context.sentenceText !== undefined && COMPARISON_CUES.test(context.sentenceText);
      const datedInSentence = (context.sentencePeriods ?? []).length > 0;
      if (newest && !quotesOlder && !datedInSentence && !supporting.includes(newest) && supporting.every((f) => isLater(newest.period, f.period))) {
        return { verdict: 'stale', deciding: [newest], related: supporting };
      }
    }
    const attribution = claim.attribution?.value;
    if (attribution) {
      const named = samePeriod.filter((f) => attributionMatches(f, attribution, kb));
      const namedSupports = supporting.some((f) => named.includes(f));
      if (!namedSupports && named.length > 0) {
        return { verdict: 'misattributed', deciding: named, related: supporting };
      }
    }
    // Guidance against actuals, or an estimate against a report, is not a disagreement of sources.
    const kinds = new Set(supporting.map(figureKind));
    const disagreeing = samePeriod.filter((f) => !matches(claim, f) && !f.fromMemory && kinds.has(figureKind(f)));
    if (period && disagreeing.length > 0 && !attribution) {
      return { verdict: 'conflicting', deciding: supporting, related: disagreeing };
    }
    return { verdict: 'supported', deciding: supporting, related: [] };
  }

  // 2. Wrong period: the value is right for the same metric at another time.
  if (period) {
    const elsewhere = otherPeriod.filter((f) => matches(claim, f));
    // The sentence names the period the value belongs to ("$27.0B in fiscal 2023"): the binding picked
    // the wrong one of two periods, the writer did not.
    const named = context.sentencePeriods ?? [];
    if (elsewhere.some((f) => named.some((p) => relation(p, f) === 'same'))) {
      return { verdict: 'supported', deciding: elsewhere.filter((f) => named.some((p) => relation(p, f) === 'same')), related: [] };
    }
    // "比上一财年的609亿美元", "up from $27B a year earlier": a comparison quotes the prior period's
    // figure on purpose.
    const prior = elsewhere.filter((f) => isPriorPeriod(f.period, period));
    if (prior.length > 0 && context.sentenceText !== undefined && COMPARISON_CUES.test(context.sentenceText)) {
      return { verdict: 'supported', deciding: prior, related: [] };
    }
    if (elsewhere.length > 0) return { verdict: 'wrong-period', deciding: elsewhere, related: samePeriod };
  }

  // 3. Wrong currency or scale, judged against same-period facts only.
  if (q.kind === 'money' && period) {
    const otherCurrency = ofMetric.filter(
      (f) => CURRENCY_UNITS.has(f.unit) && f.unit !== q.currency && relation(period, f) === 'same',
    );
    const swapped = otherCurrency.filter((f) => matches(claim, f));
    if (swapped.length > 0) return { verdict: 'wrong-currency', deciding: swapped, related: [] };
  }
  if (samePeriod.length > 0) {
    // Without a stated period only the unmistakable slips count (M for B, 万 for 亿): a factor of 10
    // between two figures of different years is common and means nothing.
    const factors = period ? [10, 0.1, 100, 0.01, 1000, 0.001, 1e4, 1e-4] : [1000, 0.001, 1e4, 1e-4];
    for (const factor of factors) {
      const scaled = samePeriod.filter((f) => {
        const fi = factInterval(f);
        return fi !== null && intersects(scale(claimIntervalFor(claim, f), factor), fi);
      });
      if (scaled.length > 0) return { verdict: 'wrong-scale', deciding: scaled, related: [], scaleFactor: factor };
    }
  }

  // 4. Wrong metric: another measure of the same entity and period has this value.
  if (period) {
    const otherMetric = factsAbout(kb, entity).filter(
        (f) =>
          f.metric !== metric &&
          numeric(f) &&
          relation(period, f) === 'same' &&
          (unitFits(q.kind, q.currency, f) || isPointsForPercent(q.kind, f)) &&
          matchesLoosely(claim, f),
      );
    // When the sentence itself names the metric the value belongs to, the binder picked the wrong one
    // of two metrics; the writer did not.
    const namedHere = otherMetric.filter((f) => sentenceNamesMetric(context.sentenceText, f.metric, kb));
    if (namedHere.length > 0) return { verdict: 'supported', deciding: namedHere, related: [] };
    const confused = otherMetric.filter((f) => confusable(metric, f.metric) || (isPointsForPercent(q.kind, f) && SHARE_METRICS.has(metric)));
    if (confused.length > 0) return { verdict: 'wrong-metric', deciding: confused, related: samePeriod };
  }

  // 6/7. Contradicted (or conflicting sources when the same-period facts themselves disagree).
  if (samePeriod.length > 0 && period) {
    const claimInterval = quantityInterval(q);
    // "according to The Information": the publisher's own figure decides, the others are context.
    const attribution = claim.attribution?.value;
    const named = attribution ? samePeriod.filter((f) => attributionMatches(f, attribution, kb)) : [];
    const deciding = named.length > 0 ? named : samePeriod;
    const gaps = deciding.map((f) => relativeGap(claimInterval, factInterval(f)!));
    return { verdict: 'contradicted', deciding, related: samePeriod.filter((f) => !deciding.includes(f)), gap: Math.min(...gaps) };
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

/**
 * Facts about an entity: its own, plus those filed under an ancestor with this entity as the product
 * ("Azure AI added 6 points" is filed under Microsoft with product azure-ai).
 */
function factsAbout(kb: FactBase, entity: string, metric?: string): Fact[] {
  const own = [...kb.factsFor(entity, metric)];
  for (const ancestor of ancestorsOf(kb.entities, entity)) {
    for (const f of kb.factsFor(ancestor, metric)) if (f.product === entity) own.push(f);
  }
  return own;
}

/**
 * Does the publisher a draft names ("according to the FT", "据《金融时报》") stand behind this fact?
 * Compared with the fact's source publishers and its `reportedBy` entities, through every name of the
 * publisher entity the attribution names, so FT, Financial Times and 金融时报 are one publisher.
 */
export function attributionMatches(fact: Fact, attribution: string, kb: FactBase): boolean {
  const names = new Set<string>([attribution]);
  for (const alias of kb.entityAliases) {
    if (publisherMatches(alias.text, attribution)) {
      const e = kb.entities.get(alias.entity);
      if (e && e.kind === 'organisation') [...e.names.en, ...e.names.zh].forEach((n) => names.add(n));
    }
  }
  const candidates = [
    ...fact.sources.map((s) => s.publisher),
    ...(fact.reportedBy ?? []).flatMap((id) => {
      const e = kb.entities.get(id);
      return e ? [...e.names.en, ...e.names.zh] : [id];
    }),
  ];
  return candidates.some((c) => [...names].some((n) => publisherMatches(c, n)));
}

function sentenceNamesMetric(sentence: string | undefined, metricId: string, kb: FactBase): boolean {
  const metric = kb.metrics.get(metricId);
  if (!sentence || !metric) return false;
  const lower = sentence.toLowerCase();
  return [...metric.triggers.en, ...metric.names.en].some((t) => t.length > 2 && lower.includes(t.toLowerCase())) ||
    [...metric.triggers.zh, ...metric.names.zh].some((t) => t.length > 0 && sentence.includes(t));
}

/**
 * The metric mix-ups writers actually make (checking-model §4.4 and the list). A value that
 * merely equals some other figure of the same company (a valuation that happens to equal a price) is
 * a coincidence or a binding slip, not evidence of a wrong metric, so only these pairs are reported.
 */
const CONFUSABLE: readonly (readonly string[])[] = [
  // A segment's own revenue (data center, cloud) stated as "revenue" is usually about the segment.
  ['revenue', 'net-income', 'operating-income', 'revenue.annualized', 'revenue.increase'],
  ['net-income', 'net-income.increase', 'revenue.increase'],
  ['valuation', 'valuation.pre-money', 'funding.raised', 'funding.total', 'market-cap'],
  ['gpus.acquired', 'gpus.owned-target', 'gpus.shipped', 'gpus.fleet', 'compute.h100-equivalent'],
  ['capex', 'capex.guidance'],
  ['users.weekly', 'users.monthly', 'users.total', 'users.paid'],
  ['api-price.input', 'api-price.output', 'api-price.cached-input'],
  ['share-of-revenue', 'growth-contribution.points', 'market-share'],
];

function confusable(a: string, b: string): boolean {
  return CONFUSABLE.some((group) => group.includes(a) && group.includes(b));
}

/** Metrics a "N% of revenue" claim may be bound to (or none at all). */
const SHARE_METRICS = new Set(['share-of-revenue', 'revenue', 'market-share']);
/** Words of growth: a percent next to them is a rate, not a share. */
const GROWTH_CUE = /\b(?:grew|grow|growth|rose|rise|up|increase[ds]?|jump(?:ed)?|surge[ds]?|climb(?:ed)?|fell|declined?)\b|增长|增速|同比|环比|上涨|下跌|提高|降低/i;


/** How far back "the last few quarters" can reach from the document's date. */
const RECENT_DAYS = 400;

/**
 * The classic mix-up: percentage points of growth reported as a percent of revenue ("1%、3%、6%的营收
 * 来自于此" for Azure AI's 1, 3 and 6 points of Azure growth). A percent claim about an entity, bound to
 * no metric or to a share metric, whose value equals a percentage-point fact of that entity for the
 * claim's period (or, without one, a quarter reported in the year before the document's date).
 */
function percentThatIsPoints(claim: Claim, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const q = claim.quantity;
  if (q.kind !== 'percent' || !claim.entity || (claim.metric && !SHARE_METRICS.has(claim.metric.value))) return undefined;
  // The sentence must speak of revenue or a share, and not of growth: "revenue grew 6%" is a rate.
  const sentence = context.sentenceText ?? '';
  if (!sentenceNamesMetric(sentence, 'revenue', kb) && !sentenceNamesMetric(sentence, 'share-of-revenue', kb)) return undefined;
  if (GROWTH_CUE.test(sentence)) return undefined;
  const period = claim.period?.value;
  const date = context.documentDate;
  const inWindow = (f: Fact) =>
    period
      ? periodRelation(period, f.period) === 'same' || within(f.period, period)
      : date !== undefined && endsBy(f.period, date) && daysBetween(f.period.end, date) <= RECENT_DAYS;
  // The entity, the companies it belongs to (Azure → Microsoft) and its own products.
  const entity = claim.entity.value;
  const facts = [entity, ...ancestorsOf(kb.entities, entity), ...[...kb.entities.keys()].filter((id) => ancestorsOf(kb.entities, id).includes(entity))]
    .flatMap((id) => kb.factsFor(id, 'growth-contribution.points'))
    .filter((f) => f.unit === 'points' && inWindow(f) && matchesLoosely(claim, f));
  if (facts.length === 0) return undefined;
  return { verdict: 'wrong-metric', deciding: facts, related: [] };
}

/** What kind of figure a fact is: sources disagree only about figures of the same kind. */
function figureKind(f: Fact): string {
  for (const kind of ['guidance', 'projection', 'estimate', 'target']) if (f.qualifiers.includes(kind)) return kind;
  return 'reported';
}
