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
import type { Bound, Claim, Fact, Period, QuantityKind, Verdict } from '../../model';
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
  /**
   * The claim's period is beyond doubt: written in the number's own clause, or the only period its
   * sentence names ("1月27日,英伟达股价下跌27%,市值蒸发约4000亿美元"), or it does not matter (a
   * list price in force: see STANDING_METRICS). Severity rests on it.
   */
  periodSure?: boolean;
}

/**
 * List prices are standing levels: the fact base records each price when it was set (launch, cuts), and
 * a price holds until the next one. Without a stated period, or with one after the last change, the
 * price in force decides, and a figure that matches no price ever set is contradicted.
 */
const STANDING_METRICS = new Set(['api-price.input', 'api-price.output', 'api-price.cached-input', 'subscription-price']);

const CURRENCY_UNITS = new Set(['USD', 'CNY', 'EUR', 'GBP', 'JPY', 'HKD', 'TWD']);

/** A contradicted claim must miss every same-period fact by more than this (relative) to be more than information. */
export const MATERIAL_GAP = 0.03;

/** Which fact units a quantity kind can be compared with. */
function unitFits(kind: QuantityKind, currency: string | undefined, fact: Fact, unit?: string): boolean {
  switch (kind) {
    case 'money':
      return fact.unit === currency;
    case 'count':
      return fact.unit === 'count';
    case 'number':
      // A measurement ("4.8TB/s", "1979 TFLOPS") is compared with facts in its unit only.
      if (unit) return fact.unit.toLowerCase() === unit.toLowerCase();
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
  // ...and an API price without its denominator is per million tokens, the way every price list gives it
  // ("$5 per million input tokens" read as a bare "$5").
  if (!cp) return fp!.amount === 1 || (fp!.amount === 1e6 && singular(fp!.unit) === 'token');
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
  const j = judge(claim, kb, context);
  return { ...j, periodSure: j.periodSure || periodSure(claim, context) };
}

function samePeriodValue(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}

/** The period binding cannot have picked the wrong one of several periods. */
function periodSure(claim: Claim, context: JudgeContext): boolean {
  const p = claim.period;
  if (!p) return false;
  if (p.how === 'explicit') return true;
  if (p.how !== 'sentence') return false;
  // A date that opens the sentence governs the figure that follows it ("1月27日,英伟达股价下跌27%",
  // "仅第四季度,英伟达就实现营收609亿美元"); a date after the number may belong to another figure
  // ("$1B of its Series A in March 2023"), and one with another figure in between is that figure's
  // ("3月…xAI估值800亿美元,X估值330亿美元").
  if (!p.span || p.span.end > claim.quantity.start || context.sentenceText === undefined) return false;
  // A comparison in the sentence may quote another period's figure ("上年同期营收只有约6480万元").
  if (COMPARISON_CUES.test(context.sentenceText)) return false;
  return !figureBetween(context.sentenceText, p.span.end - claim.sentence.start, claim.quantity.start - claim.sentence.start);
}

/** Is there a number (not a date, not a digit inside a name such as "H100") in sentence[from, to)? */
function figureBetween(sentence: string, from: number, to: number): boolean {
  if (from < 0 || to > sentence.length || from >= to) return false;
  const between = sentence.slice(from, to).replace(DATE_DIGITS, ' ');
  return /(?<![A-Za-z\d-])\d/.test(between);
}

function judge(claim: Claim, kb: FactBase, context: JudgeContext): Judgement {
  const { documentDate } = context;
  const none: Judgement = { verdict: 'unverifiable', deciding: [], related: [] };
  const q = claim.quantity;
  const pointsAsPercent = percentThatIsPoints(claim, kb, context);
  if (pointsAsPercent) return pointsAsPercent;
  if (q.kind === 'vague' || !claim.entity) return none;
  // No metric word: only an unmistakable slip (or misplaced credit) can be told.
  if (!claim.metric) return metricFreeSlip(claim, kb, context) ?? none;
  const entity = claim.entity.value;
  const metric = listedValuation(kb, entity, claim.metric.value);

  const periodKind = kb.metrics.get(metric)?.periodKind ?? 'duration';
  const relation = (p: Period, f: Fact) => periodRelation(p, f.period, periodKind);
  const ofMetric = factsAbout(kb, entity, metric)
    .filter((f) => numeric(f) && productFits(claim, f) && perFits(claim, f));
  const comparable = ofMetric.filter((f) => unitFits(q.kind, q.currency, f, q.kind === 'number' ? q.unit : undefined));
  // "目前估值", "to date", "now": a level as of the document's date is judged like an undated claim
  // (the facts known by then stand in for "now"; an older match is stale, not a wrong period).
  const asOfDocument = claim.period?.how === 'document';
  const period = asOfDocument ? undefined : claim.period?.value;

  // Without a stated period, the facts known by the document's date stand in for "now".
  let samePeriod = period
    ? comparable.filter((f) => relation(period, f) === 'same')
    : comparable.filter((f) => !documentDate || knownBy(f, documentDate));
  // A claim dated to the day ("1月24日") is about the fact of that day, not one three days later that
  // the 15-day slack would also call the same period.
  let displaced: Fact[] = [];
  // ...unless the sentence compares two moments ("from 1 million on 24 January to 2.6 million by the
  // 27th"): then the day may be the other figure's.
  const compares = context.sentenceText !== undefined && COMPARISON_CUES.test(context.sentenceText);
  if (period && period.start === period.end && !compares) {
    const exact = samePeriod.filter((f) => f.period.start === period.start && f.period.end === period.end);
    if (exact.length > 0) {
      displaced = samePeriod.filter((f) => !exact.includes(f));
      samePeriod = exact;
    }
  }
  // Dated events inside a longer claim period may support the claim, never contradict it.
  const contained = period ? comparable.filter((f) => relation(period, f) === 'contains') : [];
  const otherPeriod = comparable.filter((f) => !samePeriod.includes(f) && !contained.includes(f));

  // 1. Supported (or misattributed).
  const supporting = [...samePeriod, ...contained].filter((f) => matches(claim, f));
  // "约62亿欧元" for €5.8B ($6.2B): the hedge reaches the fact, but the number as written is exactly
  // the figure in another currency.
  const currencySlip = hedgedCurrencySlip(claim, supporting, ofMetric, (f) => samePeriod.includes(f) || contained.includes(f) || (period ? relation(period, f) === 'same' : !documentDate || knownBy(f, documentDate)));
  if (currencySlip) return currencySlip;
  if (supporting.length > 0) {
    if (!period) {
      // 5. Stale: the claim matches an older figure although a newer one was known by the document's date.
      const newest = newestOf(samePeriod);
      const quotesOlder = context.sentenceText !== undefined && COMPARISON_CUES.test(context.sentenceText);
      const ownPeriod = asOfDocument ? claim.period?.value : undefined;
      const datedInSentence = (context.sentencePeriods ?? []).some((p) => !ownPeriod || !samePeriodValue(p, ownPeriod));
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
      // The value is on record, but from publishers other than the one the draft names: when the
      // draft names a known publisher or research firm and every supporting fact records who the
      // figure is attributed to (`reportedBy`: who broke it or estimated it, not merely where it was
      // read), and that is someone else, the credit is misplaced.
      if (!namedSupports && isKnownPublisher(attribution, kb) && supporting.every((f) => (f.reportedBy ?? []).length > 0) && firstFigureCredited(claim, context.sentenceText)) {
        return { verdict: 'misattributed', deciding: supporting, related: [] };
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

  // 2. Wrong period: the value is right for the same metric at another time. Not for a bound ("不到1万亿
  // 美元", "more than $5 billion"): an inequality fits many moments and belongs to none.
  if (period && !INEQUALITY.has(q.bound)) {
    const elsewhere = otherPeriod.filter((f) => matches(claim, f));
    // The sentence names the period the value belongs to ("$27.0B in fiscal 2023"): the binding picked
    // the wrong one of two periods, the writer did not. (A figure of three days later is not the one
    // of the day the claim names, when the fact base has that day's.)
    const named = context.sentencePeriods ?? [];
    const namedFits = (f: Fact) => !displaced.includes(f) && named.some((p) => relation(p, f) === 'same');
    if (elsewhere.some(namedFits)) {
      return { verdict: 'supported', deciding: elsewhere.filter(namedFits), related: [] };
    }
    // "比上一财年的609亿美元", "up from $27B a year earlier": a comparison quotes the prior period's
    // figure on purpose.
    const prior = elsewhere.filter((f) => isPriorPeriod(f.period, period));
    if (prior.length > 0 && context.sentenceText !== undefined && COMPARISON_CUES.test(context.sentenceText)) {
      return { verdict: 'supported', deciding: prior, related: [] };
    }
    if (elsewhere.length > 0) return { verdict: 'wrong-period', deciding: elsewhere, related: samePeriod };
  }

  // 3. Wrong currency or scale, judged against same-period facts only (or, for a figure written to
  // three significant digits, the facts known by the document's date: "297.6亿元" for $29.76B is
  // no coincidence).
  // A hedged undated figure ("谷歌支付约27亿元" for $2.7B) counts when the number as written is the
  // other currency's figure itself.
  if (q.kind === 'money' && (period || precise(q) || q.hedge)) {
    const otherCurrency = ofMetric.filter(
      (f) =>
        CURRENCY_UNITS.has(f.unit) &&
        f.unit !== q.currency &&
        (period ? relation(period, f) === 'same' : !documentDate || knownBy(f, documentDate)),
    );
    const swapped = otherCurrency.filter((f) => (period || precise(q) ? matches(claim, f) : pointMatches(q.value, f)));
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
          // A dated figure inside the claim's period counts too: a December run-rate stated as the
          // year's revenue.
          (relation(period, f) === 'same' || relation(period, f) === 'contains' || within(f.period, period)) &&
          (unitFits(q.kind, q.currency, f, q.kind === 'number' ? q.unit : undefined) || isPointsForPercent(q.kind, f)) &&
          matchesLoosely(claim, f),
      );
    // When the sentence itself names the metric the value belongs to, the binder picked the wrong one
    // of two metrics; the writer did not.
    const namedHere = otherMetric.filter((f) => sentenceNamesMetric(ownClause(claim, metric, context.sentenceText, kb), f.metric, kb));
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
  // A list price that matches no price ever set for it: the price in force at the claim's date (or the
  // document's) contradicts it.
  const asOf = period?.end ?? documentDate;
  // Only for a product named in the number's own clause: a price list sentence names several.
  if (STANDING_METRICS.has(metric) && claim.entity.how === 'explicit' && asOf && !comparable.some((f) => matches(claim, f))) {
    const set = comparable.filter((f) => endsBy({ ...f.period, end: f.period.start }, asOf));
    const latest = newestOf(set.map((f) => ({ ...f, period: { ...f.period, end: f.period.start } })));
    const inForce = latest ? set.filter((f) => f.period.start === latest.period.start) : [];
    if (inForce.length > 0) {
      const gaps = inForce.map((f) => relativeGap(quantityInterval(q), factInterval(f)!));
      return { verdict: 'contradicted', deciding: inForce, related: [], gap: Math.min(...gaps), periodSure: true };
    }
  }
  const mixedUp = siblingSpec(claim, kb, metric, comparable);
  if (mixedUp) return mixedUp;
  // A metric the fact base holds nothing for, and no other verdict: look for an unmistakable slip.
  if (ofMetric.length === 0) return metricFreeSlip(claim, kb, context) ?? { ...none, related: comparable };
  return { ...none, related: comparable };
}

/**
 * The clause of the sentence that holds the claim (between clause punctuation), so that "营收28.81亿,
 * 净利润28.81亿元" does not let the first clause's metric vouch for the second. The prose text is the
 * sentence with the same offsets (masking never moves text).
 */
function clauseOf(claim: Claim, sentence: string | undefined): string | undefined {
  if (sentence === undefined) return undefined;
  const at = claim.quantity.start - claim.sentence.start;
  if (at < 0 || at > sentence.length || sentence.slice(at, at + claim.quantity.text.length) !== claim.quantity.text) return sentence;
  const breaks = /[,，;；:：、]|\s[-–—]\s/g;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(breaks)) {
    const i = m.index ?? 0;
    // A comma between digits is a thousands separator, not a clause break.
    if (m[0] === ',' && /\d/.test(sentence[i - 1] ?? '') && /\d/.test(sentence[i + 1] ?? '')) continue;
    if (i < at) start = i + m[0].length;
    else if (i >= at + claim.quantity.text.length) {
      end = i;
      break;
    }
  }
  return sentence.slice(start, end);
}

/**
 * Where to look for the writer naming another metric: the claim's own clause when that clause is
 * unambiguous (it names the bound metric and holds no other number: "上半年净利润28.81亿元"), else
 * the whole sentence (the value may belong to a metric named a clause away: "brought in $40B at $300B
 * valuation").
 */
function ownClause(claim: Claim, metric: string, sentence: string | undefined, kb: FactBase): string | undefined {
  const clause = clauseOf(claim, sentence);
  if (clause === undefined || clause === sentence) return sentence;
  const rest = clause.replace(claim.quantity.text, ' ');
  if (/\d/.test(rest) || !sentenceNamesMetric(clause, metric, kb)) return sentence;
  return clause;
}

/**
 * "据彭博社报道,以140亿美元估值融资5亿美元": one credit covers the figures after it and is reported
 * once, on the first of them. True when no other number stands between the attribution and the claim
 * (or the attribution's place is unknown).
 */
function firstFigureCredited(claim: Claim, sentence: string | undefined): boolean {
  const span = claim.attribution?.span;
  if (!span || sentence === undefined) return true;
  const from = span.end - claim.sentence.start;
  const to = claim.quantity.start - claim.sentence.start;
  // Dates in between ("据彭博社报道,xAI在2024年5月以240亿美元…") are not figures, nor are digits
  // inside a name ("H100", "GPT-4").
  return !figureBetween(sentence, from, to);
}

const DATE_DIGITS = /\d{4}\s*年|\d{1,2}\s*[月日号]|(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?=\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/g;

/** A publisher or research firm the fact base knows by name ("Bloomberg", "彭博社", "Omdia"). */
function isKnownPublisher(attribution: string, kb: FactBase): boolean {
  const named = normName(attribution);
  return organisationAliases(kb).some((alias) => {
    const n = normName(alias.text);
    // Whole names only: a short alias ("FT") must not be found inside another word ("Microsoft").
    return n === named || (n.length >= 5 && named.includes(n));
  });
}

/** A publisher's name folded for comparison (case, quotes, brackets, spaces, a leading "the"); memoised. */
const normalisedNames = new Map<string, string>();
function normName(s: string): string {
  let n = normalisedNames.get(s);
  if (n === undefined) {
    n = s.toLowerCase().replace(/[《》"“”'‘’\s.]/g, '').replace(/^the/, '');
    // Names come from the fact base and from drafts' attributions: few, but never let the memo grow unbounded.
    if (normalisedNames.size > 50_000) normalisedNames.clear();
    normalisedNames.set(s, n);
  }
  return n;
}

/** The aliases of organisations (publishers, research firms), per fact base: judging reads them for every attributed claim. */
const organisationAliasesOf = new WeakMap<FactBase, FactBase['entityAliases']>();
function organisationAliases(kb: FactBase): FactBase['entityAliases'] {
  let list = organisationAliasesOf.get(kb);
  if (!list) {
    list = kb.entityAliases.filter((alias) => kb.entities.get(alias.entity)?.kind === 'organisation');
    organisationAliasesOf.set(kb, list);
  }
  return list;
}

/**
 * A hedged figure ("约62亿欧元") whose written value is exactly a figure of the same metric and period
 * in another currency ($6.2B), and not the figure it is hedged around (€5.8B): a currency slip.
 */
/** The written value itself lies in the fact's (bounded) interval. */
function pointMatches(value: number, f: Fact): boolean {
  const fi = factInterval(f);
  return fi !== null && fi.low !== null && fi.high !== null && fi.low <= value && value <= fi.high;
}

function hedgedCurrencySlip(claim: Claim, supporting: Fact[], ofMetric: Fact[], inPeriod: (f: Fact) => boolean): Judgement | undefined {
  const q = claim.quantity;
  if (q.kind !== 'money' || !q.hedge || supporting.length === 0) return undefined;
  const at = (f: Fact) => pointMatches(q.value, f);
  if (supporting.some(at)) return undefined;
  const swapped = ofMetric.filter((f) => CURRENCY_UNITS.has(f.unit) && f.unit !== q.currency && inPeriod(f) && at(f));
  return swapped.length > 0 ? { verdict: 'wrong-currency', deciding: swapped, related: supporting } : undefined;
}

/** Bounds that make a figure an inequality ("more than", "不到", "at least", "up to"). */
const INEQUALITY = new Set<Bound>(['over', 'atLeast', 'under']);

/** Relative half-width of a figure written precisely enough that a match after a slip is no coincidence. */
const PRECISE = 0.015;

/** The wording pins the value to a percent or so ("$4.1 million", "557.6万元"; not "$4 million", "$1.2 billion"). */
function precise(q: Claim['quantity']): boolean {
  if (q.low === null || q.high === null || q.value === 0 || q.bound !== 'exact') return false;
  return (q.high - q.low) / 2 / Math.abs(q.value) <= PRECISE;
}

/**
 * A figure whose metric is not bound (or is one the fact base has nothing for) can still be an
 * unmistakable slip: written precisely, it equals one of its entity's figures for the period after a
 * thousandfold (M for B, 万 for 亿... in either direction) or after swapping the currency, and equals
 * none of them as written. Anything less is left unverifiable.
 */
function metricFreeSlip(claim: Claim, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const q = claim.quantity;
  if (!claim.entity || !precise(q) || !(q.kind === 'money' || q.kind === 'count' || q.kind === 'number')) return undefined;
  const period = claim.period?.how === 'document' ? undefined : claim.period?.value;
  const date = context.documentDate;
  const candidates = factsAbout(kb, claim.entity.value).filter((f) => {
    // Only figures stated as one value (or a tight range): an open or wide range matches too much.
    const fi = factInterval(f);
    if (!fi || fi.low === null || fi.high === null || f.fromMemory) return false;
    if (fi.high - fi.low > 0.05 * Math.abs(fi.high)) return false;
    const kind = kb.metrics.get(f.metric)?.periodKind ?? 'duration';
    return period ? periodRelation(period, f.period, kind) === 'same' : date !== undefined && knownBy(f, date);
  });
  const sameUnit = (f: Fact) => (q.kind === 'money' ? f.unit === q.currency : f.unit === 'count');
  // As written it matches something: then it is a figure we simply did not bind, not a slip; but the
  // credit the draft gives it can still be checked.
  const asWritten = candidates.filter((f) => sameUnit(f) && matchesLoosely(claim, f));
  if (asWritten.length > 0) {
    const attribution = claim.attribution?.value;
    const credited = attribution && !asWritten.some((f) => attributionMatches(f, attribution, kb));
    if (credited && isKnownPublisher(attribution, kb) && asWritten.every((f) => (f.reportedBy ?? []).length > 0) && firstFigureCredited(claim, context.sentenceText)) {
      return { verdict: 'misattributed', deciding: asWritten, related: [] };
    }
    return undefined;
  }
  if (q.kind === 'money') {
    const swapped = candidates.filter((f) => CURRENCY_UNITS.has(f.unit) && f.unit !== q.currency && matchesLoosely(claim, f));
    if (swapped.length > 0) return { verdict: 'wrong-currency', deciding: swapped, related: [] };
  }
  for (const factor of [1000, 0.001, 1e4, 1e-4]) {
    const scaled = candidates.filter((f) => {
      const fi = factInterval(f);
      return sameUnit(f) && fi !== null && intersects(scale(quantityInterval(q), factor), fi);
    });
    if (scaled.length > 0) return { verdict: 'wrong-scale', deciding: scaled, related: [], scaleFactor: factor };
  }
  return undefined;
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
  const a = normName(publisher);
  const b = normName(attribution);
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
    // A unit's own revenue is filed as its parent's segment revenue ("AWS revenue" is Amazon's
    // cloud-segment revenue with product aws; "H20 sales" are Nvidia's AI revenue with product h20).
    if (metric === 'revenue') {
      for (const segment of UNIT_REVENUE) for (const f of kb.factsFor(ancestor, segment)) if (f.product === entity) own.push(f);
    }
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
function knownBy(f: Fact, date: string): boolean {
  if (endsBy(f.period, date)) return true;
  return f.period.start === f.period.end && f.sources.some((s) => s.date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(s.date) && s.date <= date);
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

/**
 * Does the publisher a draft names ("according to the FT", "据《金融时报》") stand behind this fact?
 * Compared with the fact's source publishers and its `reportedBy` entities, through every name of the
 * publisher entity the attribution names, so FT, Financial Times and 金融时报 are one publisher.
 */
export function attributionMatches(fact: Fact, attribution: string, kb: FactBase): boolean {
  const names = publisherNames(attribution, kb);
  const candidates = [
    ...fact.sources.map((s) => s.publisher),
    ...(fact.reportedBy ?? []).flatMap((id) => {
      const e = kb.entities.get(id);
      return e ? [...e.names.en, ...e.names.zh] : [id];
    }),
  ];
  return candidates.some((c) => names.some((n) => publisherMatches(c, n)));
}

/** Every name of the publisher an attribution names (FT → Financial Times, 金融时报…), memoised per fact base. */
const publisherNamesOf = new WeakMap<FactBase, Map<string, string[]>>();
function publisherNames(attribution: string, kb: FactBase): string[] {
  let byAttribution = publisherNamesOf.get(kb);
  if (!byAttribution) publisherNamesOf.set(kb, (byAttribution = new Map()));
  let names = byAttribution.get(attribution);
  if (!names) {
    const set = new Set<string>([attribution]);
    for (const alias of organisationAliases(kb)) {
      if (publisherMatches(alias.text, attribution)) {
        const e = kb.entities.get(alias.entity)!;
        [...e.names.en, ...e.names.zh].forEach((n) => set.add(n));
      }
    }
    names = [...set];
    if (byAttribution.size > 10_000) byAttribution.clear();
    byAttribution.set(attribution, names);
  }
  return names;
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
  // A loss written as a profit ("a gross profit of $863 million" for an $863 million net loss).
  ['net-income', 'net-loss', 'operating-income'],
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
  // Growth words in the number's own clause make it a rate; in another clause ("AI对Azure增速的贡献…,也就是说
  // AI已经占到Azure营收的8%") they are the very points being misread.
  if (GROWTH_CUE.test(clauseOf(claim, sentence) ?? sentence)) return undefined;
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

/**
 * A product's specification (spec.*) is a standing property, so it needs no period; but a product may
 * come in variants the fact base does not hold, so a figure that merely matches none of its specs is
 * left alone. It is contradicted only when it is above every figure the base holds for the product (the
 * base records the full part; cut-down variants such as a PCIe card are lower, never higher) and is
 * exactly a sibling product's figure for the same measure ("H100 ... 4.8TB/s": the H200's bandwidth),
 * the mix-up writers make. The product must be named in the sentence.
 */
function siblingSpec(claim: Claim, kb: FactBase, metric: string, comparable: readonly Fact[]): Judgement | undefined {
  const entity = claim.entity;
  if (!metric.startsWith('spec.') || !entity || entity.how === 'context' || entity.how === 'document') return undefined;
  const own = comparable.filter((f) => !f.fromMemory);
  if (own.length === 0 || comparable.some((f) => matches(claim, f))) return undefined;
  const low = quantityInterval(claim.quantity).low;
  if (low === null || own.some((f) => (factInterval(f)!.high ?? Infinity) >= low)) return undefined;
  const product = kb.entities.get(entity.value);
  if (!product?.parent || (product.kind !== 'product' && product.kind !== 'model')) return undefined;
  const q = claim.quantity;
  const unit = q.kind === 'number' ? q.unit : undefined;
  const siblings: Fact[] = [];
  for (const other of kb.entities.values()) {
    if (other.id === product.id || other.parent !== product.parent) continue;
    for (const f of kb.factsFor(other.id, metric)) if (numeric(f) && unitFits(q.kind, q.currency, f, unit) && matches(claim, f)) siblings.push(f);
  }
  if (siblings.length === 0) return undefined;
  const gaps = own.map((f) => relativeGap(quantityInterval(q), factInterval(f)!));
  return { verdict: 'contradicted', deciding: own, related: siblings, gap: Math.min(...gaps), periodSure: true };
}

/**
 * "Nvidia is worth $3 trillion", "英伟达估值3万亿美元": what a listed company is worth is its market
 * capitalisation. A valuation claim about a company the base holds market caps for and no private
 * valuations is judged as a market cap.
 */
function listedValuation(kb: FactBase, entity: string, metric: string): string {
  if (metric !== 'valuation') return metric;
  if (factsAbout(kb, entity, 'valuation').length > 0 || factsAbout(kb, entity, 'market-cap').length === 0) return metric;
  return 'market-cap';
}
