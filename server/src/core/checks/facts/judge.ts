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
 * This module only runs the order: each step lives in verdicts/ (scope partitions the facts once;
 * supported, wrongPeriod, unitSlips, wrongMetric, contradicted) and returns a judgement or passes.
 * findings.ts turns a judgement into a message, a severity and fixes. The rules the steps share live
 * beside it: factMatch (can a fact be compared with the claim, do they meet), factLookup
 * (which facts bear on it), publishers (attribution), claimSentence (the claim's clause and sentence),
 * slips (a thousandfold or a swapped currency), metricMixups (confusable metrics, points as percent,
 * sibling specs), judgement (the result types).
 */
import { aYearBack, saidAYearEarlier } from '../../bind/yearEarlier';
import type { Claim, Verdict } from '../../model';
import type { FactBase } from '../../facts/index';
import type { Judgement, JudgeContext } from './judgement';
import { periodInEarlierStatement } from './claimSentence';
import { laterStatementTimesItself } from './laterStatement';
import { comparisonBesideDate, figureOfAnotherStatement } from './dateGovernance';
import { metricFreeSlip } from './slips';
import { swapIsConversion } from './bracketedConversion';
import { listedValuation } from './factLookup';
import { plannedMetric } from './guidance';
import { forecastMetric } from './forecastWording';
import { matches } from './factMatch';
import { percentThatIsPoints } from './metricMixups';
import { yuanForYenSign } from './yenSign';
import { perYearWhenStated } from './yearlyPrice';
import { denominatorUnsure } from './unsureDenominator';
import { inTotalColumn, writtenAsJobCost } from './jobCost';
import { factsAbout, factsOfMetric } from './factLookup';
import { judgeScope, type JudgeScope } from './verdicts/scope';
import { judgeEitherReading } from './eitherReading';
import { judgeRoughDistance } from './roughDistance';
import { boundScaleVerdict } from './verdicts/boundScale';
import { supportedVerdict } from './verdicts/supported';
import { firstCrossingVerdict, wrongPeriodVerdict } from './verdicts/wrongPeriod';
import { laterRevisionVerdict } from './verdicts/laterRevision';
import { priceInForceVerdict } from './verdicts/priceInForce';
import { wrongCurrencyVerdict, wrongScaleVerdict } from './verdicts/unitSlips';
import { unreadScaleVerdict } from './verdicts/unreadScale';
import { undatedTenfoldVerdict, datedDigitSlipVerdict } from './verdicts/tenfoldSlip';
import { wrongMetricVerdict } from './verdicts/wrongMetric';
import { anotherEstimatorVerdict } from './verdicts/anotherEstimator';
import { contradictedVerdict, siblingSpecVerdict, standingPriceVerdict, undatedLevelVerdict } from './verdicts/contradicted';
import { recordedSpecVerdict } from './verdicts/recordedSpec';
import { soleProductPriceVerdict } from './verdicts/soleProductPrice';
import { parentFigureVerdict } from './verdicts/parentFigure';
import { judgeAsFamilyMember } from './familyMember';
import { judgeAnchored } from './valueAnchor';
import { statedRecordPeriod } from './statedRecord';
import { judgeAsOtherParty } from './otherParty';
import { figureAsked } from './askedFigure';
import { endsInsideQuotation } from '../../text/quotes';
import { answersHypotheticalQuestion, inHypotheticalCondition, inHypotheticalOutcome } from './hypotheticalPremise';
import { figureIsReference } from './referenceFigure';
import { horizonOfStatement } from './horizonYear';
import { ownForecast } from './ownForecast';
import { inRejectedReading } from './rejectedReading';
import { derivedFigure, paceFigure } from './derivedFigure';
import { isAdoptedRate } from './adoptedRate';
import { ownedByUnknownParty } from './unknownOwner';
import { judgeAsFiledMetric } from './filedAs';
import { judgeAsRoundValuation } from './roundValuation';
import { onlyFactPeriod, decidedByOnlyFact } from './onlyFactPeriod';
import { momentDatedByWholeSpan } from './wholeSpanMoment';
import { writtenVariantVerdict } from './verdicts/writtenVariant';
import { swappedCurrencyVerdict } from './swappedCurrency';
import { movedDigitsVerdict } from './movedDigits';
import { undatedNamedMetric } from './undatedNamedMetric';

export function judgeClaim(written: Claim, kb: FactBase, context: JudgeContext = {}): Judgement {
  // "年付相当于2400美元": a price stated per year is judged per year (yearlyPrice.ts).
  const claim = perYearWhenStated(yuanForYenSign(written, kb), kb, context.sentenceText);
  // A rate the writer adopts to convert with is the text's convention, not a market claim (adoptedRate.ts).
  if (isAdoptedRate(claim, context.sentenceText)) return { verdict: 'unverifiable', deciding: [], related: [] };
  // Two readings of the words, and a rough distance's span (eitherReading.ts, roughDistance.ts).
  const judgeOne = (c: Claim) => judgeEitherReading(c, (d) => judgeRoughDistance(d, (e) => judge(e, kb, context)));
  const read = judgeAsPlan(claim, kb, context) ?? judgeOne(claim);
  // A round's name alone may give its valuation rather than the amount raised (roundValuation.ts).
  const asWritten = judgeAsRoundValuation(claim, read, judgeOne) ?? read;
  // Nothing decided it: its number may be another figure of its company in another currency or scale (swappedCurrency.ts, movedDigits.ts).
  const found = asWritten.verdict === 'unverifiable' ? (judgeAsRecordFigure(claim, kb, context) ?? judgeAsOnlyFact(claim, kb, context) ?? swappedCurrencyVerdict(claim, kb, context) ?? movedDigitsVerdict(claim, kb, context) ?? asWritten) : asWritten;
  // "3.85亿欧元（约4.14亿美元）": a bracketed conversion read back in the original currency is no slip (bracketedConversion.ts).
  const recorded: Judgement = found.verdict === 'wrong-currency' && swapIsConversion(claim, context, found.deciding) ? { verdict: 'unverifiable', deciding: [], related: [] } : found;
  // "the UK's entire 2021 GDP of $3.1 trillion": another party's figure, one the fact base cannot check.
  const unknownOwner = recorded.verdict !== 'supported' && ownedByUnknownParty(context.sentenceText, claim.quantity.start - claim.sentence.start, kb, claim.quantity.kind, claim.quantity.end - claim.sentence.start);
  // "cut input from $30 to $10": the starting point of a change is an earlier value of the measure, not another measure's figure.
  // "On 10 June OpenAI took o3 from $10 / $40 to $2 / $8": the date is the change's, and its starting point
  // is the level that stood before it: a figure on record before that date is no other period's.
  const startsAtEarlierValue =
    (recorded.verdict === 'wrong-metric' || (recorded.verdict === 'wrong-period' && recordedBefore(recorded, claim))) && startsChange(context.sentenceText, claim);
  const j: Judgement = unknownOwner || startsAtEarlierValue ? { verdict: 'unverifiable', deciding: [], related: [] } : recorded;
  const periodInferred = j.periodInferred || claim.period?.inferred;
  // The readings below only lower a finding's severity (findings.ts): a supported or undecided figure has
  // none to lower, so most claims skip them.
  const judged = j.verdict !== 'supported' && j.verdict !== 'unverifiable';
  const at = claim.quantity.start - claim.sentence.start;
  const asked = judged && figureAsked(context.sentenceText, claim.quantity.end - claim.sentence.start);
  const premise = judged && inHypotheticalCondition(context.sentenceText, at);
  const outcome = judged && !premise && (inHypotheticalOutcome(context.sentenceText, at) || answersHypotheticalQuestion(context.contextText, claim.sentence.start));
  const quoted = judged && context.sentenceText !== undefined && endsInsideQuotation(context.sentenceText.slice(0, at));
  const horizon = j.verdict === 'wrong-period' && horizonOfStatement(claim, j.deciding, context.sentenceText);
  const reference = judged && figureIsReference(context.sentenceText, at, claim.quantity.end - claim.sentence.start);
  const derived = judged && derivedFigure(context.sentenceText, at);
  const pace = j.verdict === 'wrong-period' && paceFigure(context.sentenceText, at);
  const forecast = judged && (ownForecast(claim, context.sentenceText, context.documentDate) || inRejectedReading(context.sentenceText, at));
  const namedMetric = j.verdict === 'wrong-metric' && undatedNamedMetric(claim, context.sentenceText);
  return {
    ...j,
    periodSure: j.periodSure || periodSure(claim, context, kb, j.verdict),
    ...(periodInferred ? { periodInferred } : {}),
    ...(asked ? { asked } : {}),
    ...(quoted ? { quoted } : {}),
    ...(premise ? { premise } : {}),
    ...(outcome ? { outcome } : {}),
    ...(reference ? { reference } : {}),
    ...(derived ? { derived } : {}),
    ...(pace ? { pace } : {}),
    ...(horizon ? { horizon } : {}),
    ...(forecast ? { ownForecast: forecast } : {}),
    ...(namedMetric ? { undatedNamedMetric: namedMetric } : {}),
  };
}

/**
 * The figure is where a change starts: "GPT-4 Turbo cut input from $30 to $10", "价格从30美元降至10美元". The
 * measure moved from it to the figure after "to"/至, so it is the bound measure's value at some earlier time;
 * matching another measure's figure of the later date (the output price is $30) is a coincidence, not a
 * wrong metric. `sentence`: the claim's sentence (JudgeContext.sentenceText).
 */
// A slash pair starts the change as one ("from $10 / $40 to $2 / $8", "从10美元/40美元降至2美元/8美元"): the
// other figure of the pair may stand between "from" and the claim, or between the claim and "to". The
// unit the prices are quoted in may stand before "to" ("from $10 / $40 per 1M input/output tokens to $2 / $8",
// "from $20 a month to $25"): it is the unit of both ends, not a figure of its own.
const PAIRED = String.raw`[$€£¥]?\d[\d.,]*\s*(?:美元|元)?\s*[/／]\s*`;
const FROM_BEFORE = new RegExp(String.raw`(?:\bfrom\s+(?:about\s+|around\s+|roughly\s+)?|从\s*)(?:${PAIRED})?$`, 'i');
const PER_UNIT = String.raw`\s+(?:per|a|an|each)\s+(?:(?:1|one)\s*[KM]\s+|(?:a\s+)?(?:million|thousand)\s+)?[A-Za-z][A-Za-z/-]*(?:\s+[A-Za-z][A-Za-z/-]*){0,2}?`;
const TO_AFTER = new RegExp(
  String.raw`^(?:\s*(?:美元|元)?\s*[/／]\s*[$€£¥]?\d[\d.,]*\s*(?:美元|元)?)?(?:${PER_UNIT})?\s*(?:(?:to|down\s+to|up\s+to)\s+(?:about\s+|around\s+|roughly\s+)?|(?:降|下调|下降|减|升|上调|上升|涨|增|提高|提升)?(?:至|到)\s*约?\s*)[$€£¥]?\d`,
  'i',
);
/** Every fact deciding a wrong period was on record before the claim's period began (the change's date). */
function recordedBefore(recorded: Judgement, claim: Claim): boolean {
  const from = claim.period?.value.start;
  return from !== undefined && recorded.deciding.length > 0 && recorded.deciding.every((f) => f.period.end < from);
}

function startsChange(sentence: string | undefined, claim: Claim): boolean {
  if (sentence === undefined) return false;
  const at = claim.quantity.start - claim.sentence.start;
  const end = claim.quantity.end - claim.sentence.start;
  return FROM_BEFORE.test(sentence.slice(Math.max(0, at - 32), at)) && TO_AFTER.test(sentence.slice(end, end + 64));
}

/**
 * Spending stated for a period not yet over is a plan ("plans about $75 billion of capex this year"):
 * judged against the guidance it can only support or show out of date. Anything else (a year-to-date
 * figure below the plan) is judged as written. So is a figure its clause states as a forecast ("预计").
 */
function judgeAsPlan(claim: Claim, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const bound = claim.metric;
  if (!bound || claim.period?.how === 'document') return undefined;
  const forecast = forecastMetric(claim, kb, context.sentenceText);
  const planned = forecast ?? plannedMetric(kb, bound.value, claim.period?.value, context.documentDate);
  if (planned === bound.value) return undefined;
  const asPlan = { ...claim, metric: { ...bound, value: planned } };
  const j = judge(asPlan, kb, context);
  if (j.verdict === 'supported' || j.verdict === 'stale') return j;
  // Guidance is revised ("~$100B in February, >$118B in July, ~$125B in October"): a forecast that
  // states one of the revisions states a guidance that was given, not a conflict between sources.
  const revision = j.verdict === 'conflicting' ? j.deciding.filter((f) => matches(asPlan, f)) : [];
  if (forecast && revision.length > 0) return { verdict: 'supported', deciding: revision, related: [] };
  return undefined;
}

/**
 * An undated figure its sentence states with other figures of one source record is judged at that
 * record's date (statedRecord.ts). The date is the record's, not the writer's words: sure enough to call
 * the figure wrong, never more than a warning.
 */
function judgeAsRecordFigure(claim: Claim, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const recorded = statedRecordPeriod(claim, kb, context.sentenceQuantities, () => context.sentencePeriods ?? []);
  // "operating income of $10.6 billion compares with $7.2 billion a year earlier", "去年同期为72亿美元": the
  // record is the sentence's own period; a figure said to be a year back is the same span a year earlier.
  const period = recorded && yearBack(claim, context) ? aYearBack(recorded) : recorded;
  if (!period) return undefined;
  const j = judge({ ...claim, period: { value: period, how: 'sentence', inferred: true } }, kb, context);
  // Only what the record itself decides: another period's or another metric's figure is another event.
  return RECORD_VERDICTS.has(j.verdict) ? { ...j, periodSure: true, periodInferred: true } : undefined;
}

function yearBack(claim: Claim, context: JudgeContext): boolean {
  if (context.sentenceText === undefined) return false;
  const at = claim.quantity.start - claim.sentence.start;
  return saidAYearEarlier(context.sentenceText, at, at + claim.quantity.end - claim.quantity.start);
}

const RECORD_VERDICTS = new Set<Verdict>(['supported', 'contradicted', 'conflicting', 'wrong-scale', 'wrong-currency']);

/**
 * An undated figure of a one-off event or a fixed property whose measure the base records on one date
 * only is judged at that date (onlyFactPeriod.ts): for a slip of scale or currency, or another measure's
 * figure, never more than a warning.
 */
function judgeAsOnlyFact(claim: Claim, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const period = onlyFactPeriod(claim, kb, context);
  if (!period) return undefined;
  const j = judge({ ...claim, period: { value: period, how: 'sentence', inferred: true } }, kb, context);
  return decidedByOnlyFact(claim, j) ? { ...j, periodSure: true, periodInferred: true } : undefined;
}

/** The period binding cannot have picked the wrong one of several periods. */
function periodSure(claim: Claim, context: JudgeContext, kb: FactBase, verdict: Verdict): boolean {
  const p = claim.period;
  if (!p || p.unsure) return false;
  // "$28B in April 2023 and a share sale late in the year valued it at $86B": the later statement's own.
  if (p.span && context.sentenceText !== undefined && p.span.start >= claim.sentence.start && laterStatementTimesItself(context.sentenceText, p.span.end - claim.sentence.start, claim.quantity.start - claim.sentence.start)) return false;
  // "| 2023年全年 | … | 约150亿美元 |": a level dated by a whole year is not placed on its day (wholeSpanMoment.ts).
  if (momentDatedByWholeSpan(claim, context.contextText, kb)) return false;
  if (p.how === 'explicit') return true;
  if (p.how !== 'sentence') return false;
  // A date that opens the sentence governs the figure that follows it ("1月27日,英伟达股价下跌27%",
  // "仅第四季度,英伟达就实现营收609亿美元"); a date after the number may belong to another figure
  // ("$1B of its Series A in March 2023"), and one with another figure in between is that figure's
  // ("3月…xAI估值800亿美元,X估值330亿美元").
  if (!p.span || p.span.end > claim.quantity.start || context.sentenceText === undefined) return false;
  // A comparison in the sentence may quote another period's figure ("上年同期营收只有约6480万元").
  if (comparisonBesideDate(context.sentenceText, p.span.start - claim.sentence.start, p.span.end - claim.sentence.start)) return false;
  if (periodInEarlierStatement(context.sentenceText, p.span.start - claim.sentence.start, p.span.end - claim.sentence.start, claim.quantity.start - claim.sentence.start)) return false;
  // Only a figure of the same kind can be the date's own (a second valuation, a second amount): a
  // share move before a market value lost that day ("股价下跌27%,市值单日蒸发约4000亿美元") is not.
  return !figureOfAnotherStatement(claim, context.sentenceText, context.sentenceQuantities ?? [], p.span.end - claim.sentence.start, kb, verdict);
}

/** The verdict order: the first step that decides, in the order of checking-model §4 (see the top). */
const STEPS: ((s: JudgeScope, kb: FactBase, context: JudgeContext) => Judgement | undefined)[] = [
  (s) => unreadScaleVerdict(s),
  (s) => boundScaleVerdict(s),
  (s, _kb, context) => firstCrossingVerdict(s, context),
  (s, _kb, context) => writtenVariantVerdict(s, context),
  supportedVerdict,
  (s) => priceInForceVerdict(s),
  (s) => laterRevisionVerdict(s),
  (s, kb, context) => wrongPeriodVerdict(s, context, kb),
  (s, _kb, context) => wrongCurrencyVerdict(s, context),
  (s, kb) => wrongScaleVerdict(s, kb),
  (s, _kb, context) => undatedTenfoldVerdict(s, context),
  wrongMetricVerdict,
  (s, kb) => contradictedVerdict(s, kb),
  undatedLevelVerdict,
  (s, kb, context) => standingPriceVerdict(s, kb, context),
  (s, kb) => siblingSpecVerdict(s, kb),
  (s, kb, context) => recordedSpecVerdict(s, kb, context),
  (s, kb, context) => soleProductPriceVerdict(s, kb, context),
];

function judge(claim: Claim, kb: FactBase, context: JudgeContext): Judgement {
  const j = judgeWithParties(claim, kb, context);
  if (j.verdict !== 'unverifiable' || !claim.entity || !claim.metric) return j;
  // Nothing decides it for the bound metric, under any linked party: a commitment or a plan is filed as
  // the investment or the deal it promises (filedAs.ts). A stand-in's own judgement may reach this
  // claim's metric again (a plan is filed as the investment, whose family holds the plan), so a claim
  // already being judged as filed under its metric is not filed again.
  const key = `${claim.quantity.start}:${claim.metric.value}`;
  if (filing.has(key)) return j;
  filing.add(key);
  try {
    return judgeAsFiledMetric(claim as BoundClaim, kb, context, (c) => judgeWithParties(c, kb, context)) ?? j;
  } finally {
    filing.delete(key);
  }
}

/** The claims (by offset and metric) whose filed-as judgement is under way: judging is synchronous, so a set guards re-entry. */
const filing = new Set<string>();

function judgeWithParties(claim: Claim, kb: FactBase, context: JudgeContext): Judgement {
  const j = judgeAsBound(claim, kb, context);
  if (j.verdict !== 'unverifiable' || !claim.entity || !claim.metric) return j;
  // Nothing decides it for the bound party: the fact may be filed under another party it is linked to.
  return judgeAsOtherParty(claim as BoundClaim, kb, context, (c, linked) => judgeAsBound(c, linked, context)) ?? j;
}

type BoundClaim = Claim & { entity: NonNullable<Claim['entity']>; metric: NonNullable<Claim['metric']> };

function judgeAsBound(claim: Claim, kb: FactBase, context: JudgeContext): Judgement {
  const none: Judgement = { verdict: 'unverifiable', deciding: [], related: [] };
  const pointsAsPercent = percentThatIsPoints(claim, kb, context);
  if (pointsAsPercent) return pointsAsPercent;
  if (claim.quantity.kind === 'vague') return none;
  // No subject: the one entity around it that holds its figure (valueAnchor.ts), or nothing.
  if (!claim.entity) return judgeAnchored(claim, kb, context, (c) => judge(c, kb, context)) ?? none;
  // A table column headed as a total ("Monthly cost at our load") holds amounts, not the caption's rates.
  if (inTotalColumn(claim, claim.metric ? factsOfMetric(kb, claim.metric.value) : factsAbout(kb, claim.entity.value), context.contextText)) return none;
  // No metric word: the one fact its value singles out names it (valueAnchor.ts); otherwise only an
  // unmistakable slip (or misplaced credit) can be told.
  if (!claim.metric) return judgeAnchored(claim, kb, context, (c) => judge(c, kb, context)) ?? metricFreeSlip(claim, kb, context) ?? none;
  if (denominatorUnsure(claim, kb, context.sentenceText, context.sentenceQuantities)) return none;
  if (writtenAsJobCost(claim, factsAbout(kb, claim.entity.value, claim.metric.value), context.sentenceText, context.sentenceQuantities, context.lead)) return none;
  const scope = judgeScope(claim as JudgeScope['claim'], kb, context, listedValuation(kb, claim.entity.value, claim.metric.value));
  for (const step of STEPS) {
    const j = step(scope, kb, context);
    if (j) return j;
  }
  // Nothing of the bound metric for the claim's period: a more specific member of its family may hold it.
  const member = scope.samePeriod.length === 0 && scope.contained.length === 0 ? judgeAsFamilyMember(scope.claim as typeof scope.claim & { metric: NonNullable<Claim['metric']> }, kb, (c) => judge(c, kb, context)) : undefined;
  if (member) return member;
  // Nothing of the product's own: its company's broader figure, written as the product's (parentFigure.ts).
  const parent = parentFigureVerdict(scope, kb, context);
  if (parent) return parent;
  // A period with no figure of its own on record: digits that are another period's figure after a slip decide (tenfoldSlip.ts).
  const digitSlip = datedDigitSlipVerdict(scope, context);
  if (digitSlip) return digitSlip;
  // A metric the fact base holds nothing for, and no other verdict: look for an unmistakable slip.
  // A figure the named estimator has nothing of, another estimator's on record (anotherEstimator.ts).
  const another = anotherEstimatorVerdict(scope, kb, context);
  if (another) return another;
  if (scope.ofMetric.length === 0) return metricFreeSlip(claim, kb, context) ?? { ...none, related: scope.comparable };
  return { ...none, related: scope.comparable };
}
