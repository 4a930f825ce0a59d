/**
 * Step 4 of the verdict order: another measure of the same entity and period has this value
 * (wrong-metric), unless the sentence itself names that measure (supported: the binder chose wrong).
 */
import type { FactBase } from '../../../facts/index';
import type { Fact, Quantity } from '../../../model';
import type { Judgement, JudgeContext } from '../judgement';
import type { JudgeScope } from './scope';
import { unitFits, numeric, isPointsForPercent, matchesLoosely, meetsFigure } from '../factMatch';
import { quantityInterval } from '../../intervals';
import { ownClause, clauseOf, sentenceNamesMetric } from '../claimSentence';
import { factsAbout } from '../factLookup';
import { narrowedFacts, unitKey } from '../narrowedFacts';
import { revisionsKnownBy } from '../guidance';
import { factPeriodRelation, within } from '../periodMatch';
import { isInequality } from './wrongPeriod';
import { confusable, SHARE_METRICS, sameFigureExactly, totalSegmentSwap } from '../metricMixups';
import { boundMetricStatedBeside } from '../boundMetricBeside';
import { spanTotalVerdict, totalsOverSpan } from '../spanTotal';
import { namesMetricForFigure } from '../guardedTrigger';
import { marketMeasuredInRevenue } from '../revenueMarket';
import { preMoneyOfPost } from '../preMoney';
import { undatedWrongMetricVerdict } from './undatedMetric';
import { increaseOfLevels } from '../increaseOfLevels';

export function wrongMetricVerdict(s: JudgeScope, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const { claim, q, period, entity, metric, samePeriod, relation } = s;
  // An undated figure (or one "as of" the document) has no period's facts to compare: undatedMetric.ts.
  if (!period) return undatedWrongMetricVerdict(s, kb, context);
  // A figure its own measure's record for the period admits is that measure's, whatever else it also
  // matches: a run-rate equal to the low end of "$10-14 billion of revenue" does not make it a run-rate.
  if ([...samePeriod, ...s.displaced, ...s.contained].some((f) => matchesLoosely(claim, f))) return undefined;
  const interval = quantityInterval(q);
  // A revision of another metric's guidance given after the draft's date was not there to be confused
  // with, nor to vouch for the figure (laterRevision.ts).
  // (The date test is a filter of its own, run on the few facts the figure tests leave.)
  // The tests on the fact alone (a value, a unit the figure can be in) rule out most of the entity's
  // facts: they are run once per entity and unit (narrowedFacts.ts), the rest per claim.
  const unit = q.kind === 'number' ? q.unit : undefined;
  const fitting = narrowedFacts(factsAbout(kb, entity), unitKey('wrong-metric', q.kind, q.currency, unit), (f) => numeric(f) && (unitFits(q.kind, q.currency, f, unit) || isPointsForPercent(q.kind, f)));
  const otherMetric = revisionsKnownBy(fitting.filter(
    (f) =>
      f.metric !== metric &&
      // Another metric's floor or ceiling ("run-rate over $1 billion") is met by too many figures.
      meetsFigure(interval, f) &&
      sameTimeRate(q, f) &&
      // A dated figure inside the claim's period counts too: a December run-rate stated as the
      // year's revenue.
      (relation(period, f) === 'same' || relation(period, f) === 'contains' || within(f.period, period)),
  ), context.documentDate);
  // Every outcome below is one of these facts (named here, summed over a span, confused): with none,
  // nothing can decide, so the clause readings they would need are skipped (pure readings: same result).
  if (otherMetric.length === 0) return undefined;
  // When the sentence itself names the metric the value belongs to, the binder picked the wrong one
  // of two metrics; the writer did not. A word inside a longer one names that one ("数据中心收入" is no
  // mention of revenue), and one owned by another company names its measure ("Nvidia's data-center
  // business"): anothersMetric.ts.
  const where = ownClause(claim, metric, context.sentenceText, kb, context.sentenceQuantities);
  // So does a word that names the metric only in context, next to the figure ("$0.14 on a hit" in a
  // sentence about a cache miss: guardedTrigger.ts).
  // And a market the sentence measures in revenue ("the market is DRAM revenue") makes its share a share of revenue (revenueMarket.ts).
  const namedHere = otherMetric.filter(
    onceByMetric((other) => namesMetricForFigure(claim, other, where, context, kb) || marketMeasuredInRevenue(metric, other, context.sentenceText)),
  );
  if (namedHere.length > 0) return { verdict: 'supported', deciding: namedHere, related: [] };
  // "从2023年2月到2024年2月…共融资73亿美元": a total over a stated span is that span's sum (spanTotal.ts).
  const spanned = totalsOverSpan(metric, period, otherMetric, relation);
  if (spanned.length > 0) return spanTotalVerdict(claim, spanned, kb);
  // An exact match with an unrelated metric counts only when the claim's own clause names the bound
  // metric and the fact base has that metric's figure for the period, which the value misses:
  // otherwise it is the binding that is more likely wrong ("against costs of $87,072").
  // A bound ("超过130亿美元") reaches any larger figure of any measure: it is no other measure's figure.
  if (isInequality(q.bound)) return undefined;
  const clause = clauseOf(claim, context.sentenceText);
  const boundNamed = samePeriod.length > 0 && sentenceNamesMetric(clause, metric, kb);
  // A mix-up is of figures of one period, read with the other metric's own kind of period: a year's
  // revenue is a sum over the year, not a level that held on each of its days, so a run-rate of August
  // (a level: "an August run-rate of $3.6 billion") is no figure of the year's total, however close to it.
  // (Read with the claim's kind, the year "holds" August; that still lets the sentence's naming of the
  // other measure vouch for the figure above.)
  const ofOnePeriod = (f: Fact) => {
    if (s.periodKind !== 'instant' || kb.metrics.get(f.metric)?.periodKind !== 'duration') return true;
    const r = factPeriodRelation(period, f, 'duration');
    return r === 'same' || r === 'contains' || within(f.period, period);
  };
  const confused = otherMetric.filter(ofOnePeriod).filter(
    (f) =>
      confusable(metric, f.metric) ||
      (isPointsForPercent(q.kind, f) && SHARE_METRICS.has(metric)) ||
      (boundNamed && relation(period, f) === 'same' && sameFigureExactly(q, f)) ||
      (samePeriod.length > 0 && relation(period, f) === 'same' && totalSegmentSwap(metric, f.metric, clause)),
  );
  // An increase that is the difference of the period's level and the one before (increaseOfLevels.ts).
  if (confused.length > 0 && increaseOfLevels(claim, metric, period, entity, kb)) return undefined;
  // A pre-money figure that is the post-money less the round is the pre-money's own (preMoney.ts).
  if (confused.length === 0 || confused.some((f) => preMoneyOfPost(claim, metric, f, kb, context.sentenceQuantities))) return undefined;
  const beside = boundMetricStatedBeside(claim, samePeriod, context.sentenceText, context.sentenceQuantities);
  return { verdict: 'wrong-metric', deciding: confused, related: samePeriod, ...(beside ? { metricStatedBeside: true } : {}) };
}

/** A test of a fact's metric, asked once per metric: an entity often has several figures of the same one. */
function onceByMetric(test: (metric: string) => boolean): (f: Fact) => boolean {
  const answers = new Map<string, boolean>();
  return (f) => {
    let answer = answers.get(f.metric);
    if (answer === undefined) answers.set(f.metric, (answer = test(f.metric)));
    return answer;
  };
}

const TIME_UNITS = new Set(['hour', 'day', 'week', 'month', 'quarter', 'year']);

/**
 * A rate per month ("$8 million a month") and a total or a rate per year are different measures: a
 * monthly revenue times twelve is the annualized figure, so a per-month fact never makes an annualized
 * or yearly figure another metric's, nor the reverse. Both must be per the same span of time, or neither.
 */
function sameTimeRate(q: Quantity, f: Fact): boolean {
  const timeUnit = (per?: { unit: string }) => {
    const unit = per?.unit.toLowerCase().replace(/s$/, '');
    return unit !== undefined && TIME_UNITS.has(unit) ? unit : undefined;
  };
  return timeUnit(q.per) === timeUnit(f.per);
}
