/**
 * Step 1 of the verdict order: a fact of the claim's period meets the value. Then the claim is
 * supported, unless the match is a currency slip, an out-of-date revision or an older figure (stale),
 * misplaced credit (misattributed), or the same-period sources disagree (conflicting).
 */
import type { FactBase } from '../../../facts/index';
import type { Judgement, JudgeContext } from '../judgement';
import type { Period } from '../../../model';
import type { JudgeScope } from './scope';
import { matches } from '../factMatch';
import { periodInOwnClause, firstFigureCredited, clauseOf } from '../claimSentence';
import { COMPARISON_CUES } from './scope';
import { isKnownPublisher, attributionMatches } from '../publishers';
import { hedgedCurrencySlip } from '../slips';
import { knownBy, figureKind } from '../factLookup';
import { newestOfSeries } from '../staleSeries';
import { latestQuarterGoverns, quarterLong } from '../latestQuarterWords';
import { supersededRevision, laterOrEarlierRevision } from '../guidance';
import { isLater } from '../periodMatch';
import { statesLaterRevision } from '../statedRevision';
import { placesPastMoment, rowPlacesPastMoment } from '../pastMoment';
import { datedBesideIt, partBesideWhole, unplacedDateInSentence } from '../statedAsOfItsOwn';
import { datedByNextClause, datedByNextSentence } from '../nextSentenceDate';
import { convertsAtRate } from '../adoptedRate';
import { recordOf } from '../../../facts/sourceRecord';

export function supportedVerdict(s: JudgeScope, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const { claim, q, period, samePeriod, contained, ofMetric, relation, compares } = s;
  const { documentDate } = context;
  const supporting = [...samePeriod, ...contained].filter((f) => matches(claim, f));
  // "约62亿欧元" for €5.8B ($6.2B): the hedge reaches the fact, but the number as written is exactly
  // the figure in another currency.
  const currencySlip = hedgedCurrencySlip(claim, supporting, ofMetric, (f) => samePeriod.includes(f) || contained.includes(f) || (period ? relation(period, f) === 'same' : !documentDate || knownBy(f, documentDate)));
  if (currencySlip) return currencySlip;
  if (supporting.length === 0) return undefined;
  const revised = supersededRevision(q, supporting, samePeriod, context, compares);
  // "guided $60–65B for 2025 and then, in July, $66–72B": the sentence tells the revision itself (statedRevision.ts).
  if (revised && !statesLaterRevision(claim, revised.related, samePeriod, context.sentenceQuantities)) return revised;
  if (!period) {
    // 5. Stale: the claim matches an older figure although a newer one of its series was known by the
    // document's date (a total or another deal's figure is no newer figure of a deal's own: staleSeries.ts).
    // "最新季度收入334亿元，同比增长26%": a flow called the latest quarter's is one of the last quarter
    // reported, and only a newer quarter supersedes it (latestQuarterWords.ts).
    const latestQuarter = !claim.period && s.periodKind === 'duration' && supporting.some(quarterLong) && latestQuarterGoverns(claim, context.sentenceText);
    const newest = newestOfSeries(s.entity, supporting, latestQuarter ? samePeriod.filter(quarterLong) : samePeriod, ofMetric, kb, context.sentenceText);
    const ownPeriod = s.asOfDocument ? claim.period?.value : undefined;
    // A present marker in the number's own clause ("Nvidia is worth $2 trillion, roughly; first close
    // above $3 trillion was 5 June") leaves the sentence's other dates to their own figures.
    const presentHere = (s.asOfDocument && periodInOwnClause(claim, context.sentenceText)) || latestQuarter;
    // "Now" (目前, 最新一个季度) dates nothing else: it is the moment a stale figure is out of date at.
    const isNow = (p: Period) => p.start === documentDate && p.end === documentDate;
    // A date the binder could not place dates the sentence too ("480 trillion in May … by October": unplacedDateInSentence).
    const datedInSentence = () =>
      !presentHere &&
      ((context.sentencePeriods ?? []).some((p) => !isNow(p) && (!ownPeriod || !samePeriodValue(p, ownPeriod))) || unplacedDateInSentence(context.sentenceText, documentDate));
    // "那一轮…投后的240亿美元", "its Series B valued it at": the sentence tells of a past round or deal, so
    // its figures are that moment's, not a current figure gone out of date.
    // So does a table row that names the round (rowPlacesPastMoment).
    const pastMoment = () => !presentHere && ((context.sentenceText !== undefined && placesPastMoment(context.sentenceText)) || rowPlacesPastMoment(claim, context.contextText));
    // ...and leaves the comparisons of the sentence's other clauses to their own figures: the verb that
    // governs this one states the level now, not an earlier figure compared with ("ChatGPT has 300
    // million weekly users, and most revenue still comes from subscriptions").
    const comparesHere = presentHere ? COMPARISON_CUES.test(clauseOf(claim, context.sentenceText) ?? '') : compares;
    if (
      newest &&
      !comparesHere &&
      !supporting.includes(newest) &&
      supporting.every((f) => isLater(newest.period, f.period)) &&
      !datedInSentence() &&
      !pastMoment() &&
      // "…a $2.2 billion valuation. That was the price of its June 2023 round": dated by the next sentence.
      !datedByNextSentence(claim, context.contextText, context.sentenceQuantities, documentDate) &&
      // "估值1570亿美元，这是去年10月那一轮的数字": dated by the clause right after it.
      !datedByNextClause(claim, context.sentenceText, documentDate) &&
      // A date of its own beside the figure, or a part beside its whole (statedAsOfItsOwn.ts).
      !datedBesideIt(claim, context.sentenceText) &&
      // A rate the sentence converts at is the writer's factor, not a claim to be the latest (adoptedRate.ts).
      !convertsAtRate(claim, context.sentenceText) &&
      !partBesideWhole(claim, newest, context.sentenceQuantities)
    ) {
      return { verdict: 'stale', deciding: [newest], related: supporting, ...(presentHere ? { presentStated: true } : {}) };
    }
  }
  const attribution = claim.attribution?.value;
  if (attribution) {
    const named = samePeriod.filter((f) => attributionMatches(f, attribution, kb));
    // A supporting fact may be a dated event inside the claim's period ("in 2024 … $650 million", the
    // deal of March 2024): when the named publisher stands behind it, the credit is right.
    // A figure the named publisher does report for this entity and metric, at another time, is not
    // misplaced credit: at most the claim's period is another (the wrong-period steps judge that).
    const namedSupports =
      supporting.some((f) => attributionMatches(f, attribution, kb)) || ofMetric.some((f) => matches(claim, f) && attributionMatches(f, attribution, kb));
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
  // Guidance against actuals, or an estimate against a report, is not a disagreement of sources; nor
  // are two figures of one source's record ("R&D ¥2.2B, of which compute ¥1.55B": a total and its part).
  const kinds = new Set(supporting.map(figureKind));
  const records = new Set(supporting.map(recordOf));
  const disagreeing = samePeriod.filter((f) => !matches(claim, f) && !f.fromMemory && kinds.has(figureKind(f)) && !laterOrEarlierRevision(f, supporting) && !records.has(recordOf(f)));
  if (period && disagreeing.length > 0 && !attribution) {
    return { verdict: 'conflicting', deciding: supporting, related: disagreeing };
  }
  return { verdict: 'supported', deciding: supporting, related: [] };
}

export function samePeriodValue(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}
