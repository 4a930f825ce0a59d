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
 * This module only judges; findings.ts turns a judgement into a message, a severity and fixes. Its
 * parts live beside it: factMatch (can a fact be compared with the claim, do they meet), factLookup
 * (which facts bear on it), publishers (attribution), claimSentence (the claim's clause and sentence),
 * slips (a thousandfold or a swapped currency), metricMixups (confusable metrics, points as percent,
 * sibling specs), judgement (the result types).
 */
import type { Bound, Claim, Fact, Period } from '../../model';
import type { FactBase } from '../../facts/index';
import { factInterval, intersects, quantityInterval, relativeGap, scale } from '../intervals';
import { decidesBound, endsBy, factPeriodRelation, isLater, isPriorPeriod, within } from './periodMatch';
import type { Judgement, JudgeContext } from './judgement';
import { CURRENCY_UNITS, unitFits, perFits, claimIntervalFor, productFits, matches, numeric, pointMatches, isPointsForPercent, matchesLoosely, oneValue } from './factMatch';
import { amountBetween, ownClause, clauseOf, clausePeriods, firstFigureCredited, sentenceNamesMetric, periodInOwnClause, periodInEarlierStatement } from './claimSentence';
import { isKnownPublisher, attributionMatches } from './publishers';
import { hedgedCurrencySlip, precise, metricFreeSlip } from './slips';
import { newestOf, factsAbout, knownBy, figureKind, listedValuation } from './factLookup';
import { runningTotals } from './runningTotal';
import { plannedMetric, revisionsKnownBy, supersededRevision, laterOrEarlierRevision } from './guidance';
import { confusable, SHARE_METRICS, percentThatIsPoints, siblingSpec, sameFigureExactly, totalSegmentSwap } from './metricMixups';
import { thresholdCrossedLater } from './milestones';
import { judgeUndatedLevel } from './undated';

/**
 * List prices are standing levels: the fact base records each price when it was set (launch, cuts), and
 * a price holds until the next one. Without a stated period, or with one after the last change, the
 * price in force decides, and a figure that matches no price ever set is contradicted.
 */
const STANDING_METRICS = new Set(['api-price.input', 'api-price.output', 'api-price.cached-input', 'subscription-price']);

/** "up from $1.3B", "比上一财年", "此前": the sentence compares with an earlier figure on purpose. */
const COMPARISON_CUES = /\b(?:from|up from|down from|compared with|versus|vs\.?|previous|prior|earlier|before|last)\b|比|较|此前|之前|上一|上年|去年|同比|环比|从|由/i;

export function judgeClaim(claim: Claim, kb: FactBase, context: JudgeContext = {}): Judgement {
  const j = judgeAsPlan(claim, kb, context) ?? judge(claim, kb, context);
  const periodInferred = j.periodInferred || claim.period?.inferred;
  return { ...j, periodSure: j.periodSure || periodSure(claim, context), ...(periodInferred ? { periodInferred } : {}) };
}

/**
 * Spending stated for a period not yet over is a plan ("plans about $75 billion of capex this year"):
 * judged against the guidance it can only support or show out of date. Anything else (a year-to-date
 * figure below the plan) is judged as written.
 */
function judgeAsPlan(claim: Claim, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const bound = claim.metric;
  if (!bound || claim.period?.how === 'document') return undefined;
  const planned = plannedMetric(kb, bound.value, claim.period?.value, context.documentDate);
  if (planned === bound.value) return undefined;
  const j = judge({ ...claim, metric: { ...bound, value: planned } }, kb, context);
  return j.verdict === 'supported' || j.verdict === 'stale' ? j : undefined;
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
  if (periodInEarlierStatement(context.sentenceText, p.span.start - claim.sentence.start, p.span.end - claim.sentence.start, claim.quantity.start - claim.sentence.start)) return false;
  // Only a figure of the same kind can be the date's own (a second valuation, a second amount): a
  // share move before a market value lost that day ("股价下跌27%,市值单日蒸发约4000亿美元") is not.
  return !amountBetween(context.sentenceText, p.span.end - claim.sentence.start, claim.quantity.start - claim.sentence.start, claim.quantity.kind);
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
  const relation = (p: Period, f: Fact) => factPeriodRelation(p, f, periodKind);
  const ofMetric = factsAbout(kb, entity, metric)
    .filter((f) => numeric(f) && productFits(claim, f) && perFits(claim, f));
  const comparable = ofMetric.filter((f) => unitFits(q.kind, q.currency, f, q.kind === 'number' ? q.unit : undefined));
  // "目前估值", "to date", "now": a level as of the document's date is judged like an undated claim
  // (the facts known by then stand in for "now"; an older match is stale, not a wrong period).
  const asOfDocument = claim.period?.how === 'document';
  const period = asOfDocument ? undefined : claim.period?.value;

  // Without a stated period, the facts known by the document's date stand in for "now".
  let samePeriod = period
    ? revisionsKnownBy(comparable.filter((f) => relation(period, f) === 'same'), documentDate)
    : runningTotals(claim, context.sentenceText, comparable.filter((f) => !documentDate || knownBy(f, documentDate)));
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
    const revised = supersededRevision(q, supporting, samePeriod, context, compares);
    if (revised) return revised;
    if (!period) {
      // 5. Stale: the claim matches an older figure although a newer one was known by the document's date.
      const newest = newestOf(samePeriod);
      const quotesOlder = context.sentenceText !== undefined && COMPARISON_CUES.test(context.sentenceText);
      const ownPeriod = asOfDocument ? claim.period?.value : undefined;
      // A present marker in the number's own clause ("Nvidia is worth $2 trillion, roughly; first close
      // above $3 trillion was 5 June") leaves the sentence's other dates to their own figures.
      const presentHere = asOfDocument && periodInOwnClause(claim, context.sentenceText);
      const datedInSentence = !presentHere && (context.sentencePeriods ?? []).some((p) => !ownPeriod || !samePeriodValue(p, ownPeriod));
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
    const disagreeing = samePeriod.filter((f) => !matches(claim, f) && !f.fromMemory && kinds.has(figureKind(f)) && !laterOrEarlierRevision(f, supporting));
    if (period && disagreeing.length > 0 && !attribution) {
      return { verdict: 'conflicting', deciding: supporting, related: disagreeing };
    }
    return { verdict: 'supported', deciding: supporting, related: [] };
  }

  // 2. Wrong period: the value is right for the same metric at another time. Not for a bound ("不到1万亿
  // 美元", "more than $5 billion"): an inequality fits many moments and belongs to none.
  // ...except a threshold crossed ("首次突破3万亿美元"): milestones record when each was first passed.
  const crossedLater = period ? thresholdCrossedLater(claim, period, comparable) : [];
  if (crossedLater.length > 0) return { verdict: 'wrong-period', deciding: crossedLater, related: samePeriod };
  if (period && !INEQUALITY.has(q.bound)) {
    // A value that merely clears another period's floor ("at least $500M") is not that period's figure.
    const elsewhere = otherPeriod.filter((f) => matches(claim, f) && bounded(f));
    // The sentence names the period the value belongs to ("$27.0B in fiscal 2023"): the binding picked
    // the wrong one of two periods, the writer did not. (A figure of three days later is not the one
    // of the day the claim names, when the fact base has that day's.)
    // A period written in the number's own clause is the writer's, not the binding's: then only a
    // period of that clause can vouch for the value ("6月…估值80亿美元,10月的80亿美元" is still wrong).
    const inClause = claim.period?.how === 'explicit' ? (clausePeriods(claim, context.sentenceText, documentDate) ?? []) : [];
    const named = inClause.some((p) => samePeriodValue(p, period)) ? inClause : (context.sentencePeriods ?? []);
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
    // The value must single out the other period's figure: one that meets two different figures of
    // other periods names none of them.
    if (elsewhere.length > 0 && oneValue(elsewhere)) return { verdict: 'wrong-period', deciding: elsewhere, related: samePeriod };
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
  // A dated event inside the claim's period ("valued at $4 million" in 2023, for the $4B round of June
  // 2023) counts for the unmistakable slips only, like an undated claim.
  const scaleFacts = samePeriod.length > 0 ? samePeriod : contained;
  if (scaleFacts.length > 0) {
    // Without a stated period only the unmistakable slips count (M for B, 万 for 亿): a factor of 10
    // between two figures of different years is common and means nothing.
    const factors = period && samePeriod.length > 0 ? [10, 0.1, 100, 0.01, 1000, 0.001, 1e4, 1e-4] : [1000, 0.001, 1e4, 1e-4];
    for (const factor of factors) {
      // Only a figure that is a number can be off by a factor: an inequality ("超过6.5亿", "under $5B")
      // scaled by ten still reaches almost anything on its open side.
      const scaled = scaleFacts.filter((f) => {
        const fi = factInterval(f);
        return fi !== null && !INEQUALITY.has(q.bound) && intersects(scale(claimIntervalFor(claim, f), factor), fi);
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
    // An exact match with an unrelated metric counts only when the claim's own clause names the bound
    // metric and the fact base has that metric's figure for the period, which the value misses:
    // otherwise it is the binding that is more likely wrong ("against costs of $87,072").
    const clause = clauseOf(claim, context.sentenceText);
    const boundNamed = samePeriod.length > 0 && sentenceNamesMetric(clause, metric, kb);
    const confused = otherMetric.filter(
      (f) =>
        confusable(metric, f.metric) ||
        (isPointsForPercent(q.kind, f) && SHARE_METRICS.has(metric)) ||
        (boundNamed && relation(period, f) === 'same' && sameFigureExactly(q, f)) ||
        (samePeriod.length > 0 && relation(period, f) === 'same' && totalSegmentSwap(metric, f.metric, clause)),
    );
    if (confused.length > 0) return { verdict: 'wrong-metric', deciding: confused, related: samePeriod };
  }

  // A level read inside the period does not contradict an inequality about the whole of it (periodMatch).
  const bound = q.bound;
  if (period && periodKind === 'instant' && isInequality(bound)) samePeriod = samePeriod.filter((f) => decidesBound(bound, period, f.period));
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
  // An undated level ("valued at $6B") is taken as of the document's date, against the newest figure.
  const undated = period ? undefined : judgeUndatedLevel(claim, kb, metric, comparable, context, compares);
  if (undated) return undated;
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

/** Both ends known: a fact that is only a floor or a ceiling fits too many figures to place one. */
function bounded(f: Fact): boolean {
  const i = factInterval(f);
  return i !== null && i.low !== null && i.high !== null;
}

/** Bounds that make a figure an inequality ("more than", "不到", "at least", "up to"). */
const INEQUALITY = new Set<Bound>(['over', 'atLeast', 'under']);

function isInequality(bound: Bound): bound is 'over' | 'atLeast' | 'under' {
  return INEQUALITY.has(bound);
}
