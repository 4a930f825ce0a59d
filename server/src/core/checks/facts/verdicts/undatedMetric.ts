/**
 * Wrong metric for a figure with no period of its own (step 4 of the verdict order, for the claims
 * wrongMetric.ts leaves: it compares only facts of the claim's period, and an undated claim has none).
 * Two readings date the other measure's figure without a written date:
 *
 *  - the level now: "ChatGPT现在的月活跃用户已经有5亿", "ChatGPT has 500 million monthly users" in a draft
 *    written when 500 million was the newest weekly figure. A measure that changes in steps and says how
 *    long a figure stays current (`currentForDays`) is judged, like undated.ts, against the newest figure
 *    known by the document's date; when that figure is a confusable measure's (weekly for monthly
 *    users, post-money for pre-money), still current, and the claim's own measure has the value for no
 *    period at all, the writer named the wrong measure. Nothing in the sentence may point elsewhere: no
 *    date, no comparison, no past moment.
 *  - the record the sentence retells: "OpenAI raised $6.6 billion at a $157 billion pre-money valuation"
 *    states the raise of one source record (ids GROUP.member, statedRecord.ts) and the record's
 *    post-money valuation under another measure's name. The record must hold no figure of the claim's
 *    own measure (then statedRecord.ts dates the claim and the dated steps decide), another of the
 *    sentence's figures must be one of the record's, and no date of the sentence may lie outside it.
 *
 * Both need the entity and the metric in the number's own sentence and clause, only confusable pairs
 * (metricMixups.ts) count, a figure whose clause names the other measure is the binder's slip
 * (supported, as in wrongMetric.ts), and the result is a warning at most (the period is inferred).
 */
import type { FactBase } from '../../../facts/index';
import type { Fact } from '../../../model';
import type { Judgement, JudgeContext } from '../judgement';
import type { JudgeScope } from './scope';
import { matches, matchesLoosely, meetsFigure, numeric, unitFits } from '../factMatch';
import { quantityInterval } from '../../intervals';
import { ownClause } from '../claimSentence';
import { factsAbout, figureKind, knownBy, levelKnownBy, newestOf } from '../factLookup';
import { daysBetween } from '../periodMatch';
import { confusable } from '../metricMixups';
import { namesMetricForFigure } from '../guardedTrigger';
import { namesPastMoment } from '../pastMoment';
import { isInequality } from './wrongPeriod';
import { sameRecordFacts } from '../statedRecord';
import { scanPeriods } from '../../../bind/periods';

export function undatedWrongMetricVerdict(s: JudgeScope, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const { claim, q, metric } = s;
  if (s.period || isInequality(q.bound) || q.kind === 'vague') return undefined;
  if (claim.metric?.how !== 'explicit' || !(claim.entity.how === 'explicit' || claim.entity.how === 'sentence')) return undefined;
  // A value the claim's own measure has for any period is a figure we could not place, not another measure's.
  if (s.comparable.some((f) => matchesLoosely(claim, f))) return undefined;
  const deciding = currentLevelOfOther(s, kb, context) ?? retoldRecordOfOther(s, kb, context);
  if (!deciding || deciding.length === 0) return undefined;
  // The clause names the other measure for this figure: the binder picked the wrong one of two words.
  const where = ownClause(claim, metric, context.sentenceText, kb, context.sentenceQuantities);
  if (deciding.some((f) => namesMetricForFigure(claim, f.metric, where, context, kb))) return { verdict: 'supported', deciding, related: [] };
  return { verdict: 'wrong-metric', deciding, related: [], periodSure: true, periodInferred: true };
}

/** Facts of the entity of a measure confusable with the claim's, in the claim's unit, that meet its value. */
function confusableMatches(s: JudgeScope, kb: FactBase): Fact[] {
  const { claim, q, entity, metric } = s;
  const interval = quantityInterval(q);
  return factsAbout(kb, entity).filter(
    (f) =>
      f.metric !== metric &&
      numeric(f) &&
      confusable(metric, f.metric) &&
      unitFits(q.kind, q.currency, f, q.kind === 'number' ? q.unit : undefined) &&
      meetsFigure(interval, f) &&
      matches(claim, f),
  );
}

/** The newest figure of a confusable level measure known by the document's date, still current, when it is the claim's value. */
function currentLevelOfOther(s: JudgeScope, kb: FactBase, context: JudgeContext): Fact[] | undefined {
  const { documentDate, sentenceText } = context;
  if (!documentDate || sentenceText === undefined || s.compares || namesPastMoment(sentenceText)) return undefined;
  if (!kb.metrics.get(s.metric)?.currentForDays) return undefined;
  const found: Fact[] = [];
  for (const f of confusableMatches(s, kb)) {
    const days = kb.metrics.get(f.metric)?.currentForDays;
    if (!days || found.includes(f)) continue;
    const known = factsAbout(kb, s.entity, f.metric).filter((g) => numeric(g) && !g.fromMemory && figureKind(g) === 'reported' && levelKnownBy(g, documentDate) && knownBy(g, documentDate));
    const newest = newestOf(known);
    if (!newest || daysBetween(newest.period.end, documentDate) > days) continue;
    const current = known.filter((g) => g.period.end === newest.period.end);
    if (current.includes(f)) found.push(...current.filter((g) => matches(s.claim, g)));
  }
  if (found.length === 0) return undefined;
  // Any date in the sentence, even one that cannot be resolved, may be the figure's own.
  if (scanPeriods(sentenceText, { start: 0, end: sentenceText.length }, { documentDate }).some((m) => m.kind !== 'present')) return undefined;
  return found;
}

/** A confusable measure's figure of the one source record whose other figures the sentence states. */
function retoldRecordOfOther(s: JudgeScope, kb: FactBase, context: JudgeContext): Fact[] | undefined {
  const { claim, entity, metric } = s;
  // Only a figure with no period at all: "now" (目前, to date) is the level's, not an old record's.
  if (claim.period || !context.sentenceQuantities) return undefined;
  const at = claim.quantity.start - claim.sentence.start;
  const others = context.sentenceQuantities.filter((o) => o.start !== at && o.kind !== 'vague');
  if (others.length === 0) return undefined;
  const found = confusableMatches(s, kb).filter((f) => {
    const record = sameRecordFacts(kb, f);
    if (record.length === 0 || record.some((g) => g.entity === entity && g.metric === metric)) return false;
    return record.some((g) => g !== f && others.some((o) => unitFits(o.kind, o.currency, g, o.kind === 'number' ? o.unit : undefined) && meetsFigure(quantityInterval(o), g)));
  });
  if (found.length === 0) return undefined;
  // Every match one record's date, and no date of the sentence outside it.
  const period = found[0].period;
  if (!found.every((f) => f.period.start === period.start && f.period.end === period.end)) return undefined;
  if ((context.sentencePeriods ?? []).some((p) => p.start > period.start || p.end < period.end)) return undefined;
  return found;
}
