/**
 * Step 2 of the verdict order: the value is right for the same metric at another time (wrong-period),
 * unless the sentence itself names that other time or quotes the prior period on purpose (supported).
 */
import type { Bound, Fact, Period } from '../../../model';
import type { Judgement, JudgeContext } from '../judgement';
import type { JudgeScope } from './scope';
import { COMPARISON_CUES } from './scope';
import { factInterval, quantityInterval } from '../../intervals';
import { matches, oneValue } from '../factMatch';
import { clauseOf, clausePeriods } from '../claimSentence';
import { isPriorPeriod } from '../periodMatch';
import { findPeriods } from '../../../bind/periods';
import { thresholdCrossedLater, thresholdFirstCrossedEarlier } from '../milestones';
import { samePeriodValue } from './supported';
import { restatedEventBound } from './restatedEventBound';
import { restatedLevelFloor } from './restatedLevelFloor';
import { stillStanding } from './standingLevel';
import { statedWithItsEvent } from './eventTerms';
import { datedByDeadline } from '../deadlineDate';
import type { FactBase } from '../../../facts/index';
import { earlierThanKnownBy } from './knownBy';
import { dateOfRepeatedFigure } from './repeatedFigure';
import { namesPeriodByItsEnd } from '../monthNamesQuarter';
import { announcedWithin } from '../planAnnounced';
import { plannedAfterRecordedEvent } from '../plannedFlow';
import { sameLabelOtherSpan } from '../periodContrast';
import { dateOfReporting, levelFirstReportedWithin, reportedWithin } from '../reportedWhen';
import { singlesOutByDigits } from '../writtenDigits';

/** Bounds that make a figure an inequality ("more than", "不到", "at least", "up to"). */
export const INEQUALITY = new Set<Bound>(['over', 'atLeast', 'under']);

export function isInequality(bound: Bound): bound is 'over' | 'atLeast' | 'under' {
  return INEQUALITY.has(bound);
}

/**
 * Before step 1: a threshold said to be crossed for the first time, dated after its recorded first
 * crossing, is misdated, though the level may well clear it then (which would otherwise support it).
 */
export function firstCrossingVerdict(s: JudgeScope, context: JudgeContext): Judgement | undefined {
  if (!s.period) return undefined;
  const earlier = thresholdFirstCrossedEarlier(s.claim, s.period, s.comparable, clauseOf(s.claim, context.sentenceText));
  return earlier.length > 0 ? { verdict: 'wrong-period', deciding: earlier, related: s.samePeriod } : undefined;
}

export function wrongPeriodVerdict(s: JudgeScope, context: JudgeContext, kb?: FactBase): Judgement | undefined {
  const { claim, q, period, samePeriod, otherPeriod, comparable, displaced, relation, periodKind } = s;
  // Not for a bound ("不到1万亿美元", "more than $5 billion"): an inequality fits many moments and
  // belongs to none... except a threshold crossed ("首次突破3万亿美元"): milestones record when each
  // was first passed.
  const crossedLater = period ? thresholdCrossedLater(claim, period, comparable) : [];
  if (crossedLater.length > 0) return { verdict: 'wrong-period', deciding: crossedLater, related: samePeriod };
  if (!period) return undefined;
  // A value that merely clears another period's floor ("at least $500M") is not that period's figure.
  // A bound's own figure restated ("约55亿美元" for "up to $5.5B") is that figure, though, and so is
  // an event's bound restated as a bound ("至少6亿美元" for a round of "at least $600M"), or a growing
  // count's reported floor restated for a date well before the report (restatedLevelFloor.ts).
  // A level whose fact spans a stretch of time the claim's period overlaps ("tender agreed late 2023,
  // completed early 2024" for "in 2024") may be of the very moment the claim names: not another period;
  // nor is a level that still stood then (standingLevel.ts; unless its clause states the event that set
  // it, eventTerms.ts), nor an event whose fact is dated only by when it was known, after the claim's
  // date (knownBy.ts).
  const elsewhere = INEQUALITY.has(q.bound)
    ? [...restatedEventBound(s), ...restatedLevelFloor(s)]
    : otherPeriod.filter(
        (f) =>
          matches(claim, f) &&
          (bounded(f) || restatesBound(q, f)) &&
          rangeSinglesOut(q, f) &&
          // "7.0881" is October's rate, not September's 7.076: a precise figure must land on another period's digits (writtenDigits.ts).
          singlesOutByDigits(q, f) &&
          !(periodKind === 'instant' && relation(period, f) === 'overlap') &&
          !(stillStanding(s, f) && !(kb && !datedByDeadline(claim, context.sentenceText) && statedWithItsEvent(s, f, kb, context.sentenceText, context.sentenceQuantities))) &&
          !earlierThanKnownBy(s, f),
      );
  // The other period bears the very label the writer gave ("Q1 FY2024" read in two calendars): a slip of
  // the binding's reckoning, never the writer's (periodContrast.ts).
  if (elsewhere.some((f) => sameLabelOtherSpan(period, f.period))) return { verdict: 'unverifiable', deciding: [], related: elsewhere };
  // "the 13 points, stated in January 2025": the date of a reporting verb is the publication's; a figure
  // of a period closed by then and published then is the one stated (reportedWhen.ts).
  const reported = elsewhere.filter((f) => reportedWithin(period, f));
  if (reported.length > 0 && publishedOn(claim, context.sentenceText)) return { verdict: 'supported', deciding: reported, related: [] };
  // A level made public in the month the claim names is the level known then, verb or none (reportedWhen.ts).
  const levelReported =
    samePeriod.length === 0 ? elsewhere.filter((f) => levelFirstReportedWithin(periodKind, period, f) && !comparable.some((g) => g.period.end > f.period.end && g.period.start <= period.end && !matches(claim, g))) : [];
  if (levelReported.length > 0) return { verdict: 'supported', deciding: levelReported, related: [] };
  // The sentence names the period the value belongs to ("$27.0B in fiscal 2023"): the binding picked
  // the wrong one of two periods, the writer did not. (A figure of three days later is not the one
  // of the day the claim names, when the fact base has that day's.)
  // A period written in the number's own clause is the writer's, not the binding's: then only a
  // period of that clause can vouch for the value ("6月…估值80亿美元,10月的80亿美元" is still wrong).
  // Read only when a figure of another period is there to vouch for (most claims have none): each
  // date of the sentence is looked for again after the figure (repeatedFigure.ts).
  let named: readonly Period[] | undefined;
  const namedFits = (f: Fact) => !displaced.includes(f) && (named ??= periodsNamed(claim, period, context)).some((p) => relation(p, f) === 'same');
  if (elsewhere.some(namedFits)) {
    return { verdict: 'supported', deciding: elsewhere.filter(namedFits), related: [] };
  }
  // A plan made in the claim's period is dated by that period, not by the years it covers (planAnnounced.ts).
  const announced = elsewhere.filter((f) => announcedWithin(period, f));
  if (announced.length > 0) return { verdict: 'supported', deciding: announced, related: [] };
  // "will invest $100B in 2027", written in 2025: when the money flows, not when the deal was made (plannedFlow.ts).
  if (elsewhere.length > 0 && elsewhere.every((f) => plannedAfterRecordedEvent(s.oneOff, period, f, context.documentDate))) {
    return { verdict: 'unverifiable', deciding: [], related: elsewhere };
  }
  // "比上一财年的609亿美元", "up from $27B a year earlier": a comparison quotes the prior period's
  // figure on purpose.
  const prior = elsewhere.filter((f) => isPriorPeriod(f.period, period));
  if (prior.length > 0 && context.sentenceText !== undefined && COMPARISON_CUES.test(withoutDates(claim, context.sentenceText, context.documentDate))) {
    return { verdict: 'supported', deciding: prior, related: [] };
  }
  // "Revenue in July 2023" for the quarter that ended that July names the quarter by its last month:
  // not another period, and not sure enough to call anything (monthNamesQuarter.ts).
  if (periodKind === 'duration' && elsewhere.some((f) => namesPeriodByItsEnd(period, f))) return { verdict: 'unverifiable', deciding: [], related: elsewhere };
  // The value must single out the other period's figure: one that meets two different figures of
  // other periods names none of them.
  if (elsewhere.length > 0 && oneValue(elsewhere)) return { verdict: 'wrong-period', deciding: elsewhere, related: samePeriod };
  return undefined;
}

/** The periods the sentence names for the claim's value: its own clause's when one is the claim's period. */
function periodsNamed(claim: JudgeScope['claim'], period: Period, context: JudgeContext): readonly Period[] {
  const inClause = claim.period?.how === 'explicit' ? (clausePeriods(claim, context.sentenceText, context.documentDate) ?? []) : [];
  // A date written after the same figure written again is that figure's ("$5 billion again in June").
  return (inClause.some((p) => samePeriodValue(p, period)) ? inClause : (context.sentencePeriods ?? [])).filter(
    (p) => !dateOfRepeatedFigure(claim, context.sentenceText, p, context.documentDate, context.sentenceQuantities),
  );
}

/** The claim's own date, written in its sentence, is one a reporting verb introduces. */
function publishedOn(claim: JudgeScope['claim'], sentence: string | undefined): boolean {
  const written = claim.period?.how === 'explicit' || claim.period?.how === 'sentence';
  const own = written ? claim.period?.span : undefined;
  return own !== undefined && sentence !== undefined && dateOfReporting(sentence, { start: own.start - claim.sentence.start, end: own.end - claim.sentence.start });
}

/** The claim's interval holds the very number a floor or ceiling states ("up to $5.5B": 5.5B). */
function restatesBound(q: JudgeScope['q'], f: Fact): boolean {
  const i = quantityInterval(q);
  return f.value !== undefined && i.low !== null && i.high !== null && i.low <= f.value && f.value <= i.high;
}

/**
 * How far each end of a written range may lie from the other period's figure for the range to be that
 * figure: "$13-14 billion" states $13.5B, "$12-15 billion" is a band of estimates many figures fall in.
 */
const RANGE_END_TOLERANCE = 0.05;

/**
 * A written range ("$12-15 billion", 2.6万亿至4.4万亿) holds many figures: that another period's figure
 * lies inside it is weak evidence that the writer meant that figure. It singles it out only when both
 * ends lie close to it, or one end states it within 5% (for a range on record, when both ends are close to its ends). A single figure inside a
 * range on record is left as it was: it may restate a point of that estimate.
 */
function rangeSinglesOut(q: JudgeScope['q'], f: Fact): boolean {
  if (q.bound !== 'range' || q.low === null || q.high === null) return true;
  const near = (end: number, target: number) => Math.abs(end - target) <= Math.abs(target) * RANGE_END_TOLERANCE;
  if (f.low !== undefined && f.high !== undefined) return near(q.low, f.low) && near(q.high, f.high);
  if (f.value === undefined) return false;
  // An end that states the figure itself ("$100 – 150 million" for a $150M round) names it; both ends
  // near it is a narrow band around it.
  return near(q.low, f.value) || near(q.high, f.value);
}

/** Both ends known: a fact that is only a floor or a ceiling fits too many figures to place one. */
function bounded(f: Fact): boolean {
  const i = factInterval(f);
  return i !== null && i.low !== null && i.high !== null;
}

/**
 * The sentence without the words that state a period: "last year" dates the figure, it does not compare
 * it with an earlier one ("the top customer made up 35% of sales last year"), and "去年10月至12月" dates
 * another figure. A date naming the prior figure's own period has vouched for it already (namedFits).
 */
function withoutDates(claim: JudgeScope['claim'], sentence: string, documentDate: string | undefined): string {
  const own = claim.period?.how === 'explicit' ? claim.period.span : undefined;
  const spans = findPeriods(sentence, { start: 0, end: sentence.length }, { documentDate }).map((m) => ({ start: m.start, end: m.end }));
  if (own) spans.push({ start: own.start - claim.sentence.start, end: own.end - claim.sentence.start });
  let out = sentence;
  for (const { start, end } of spans) {
    if (start < 0 || end > sentence.length) continue;
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}
