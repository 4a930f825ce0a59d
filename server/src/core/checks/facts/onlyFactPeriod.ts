/**
 * "Cognition raised $10.2 billion in a round led by Founders Fund", "the cluster had 20,480 H800s": an
 * undated figure of an event that happens once (a `oneOff` metric: a round, a deal, an investment) or of
 * a fixed property (`timeless`: a chip's memory), when the fact base records that measure of the entity
 * on one date only, is read as that record's figure: the writer retells the one event there is.
 *
 * A weaker reading than a written date, so it decides only what the one record tells for certain: a
 * slip of scale or currency against its figure, or another measure's figure of the same record (wrong
 * metric). It never calls a figure contradicted or of another period (the base may lack the writer's
 * other event), and findings from it are warnings at most (periodInferred). It never chooses: several
 * dates on record for the measure, or a date in the sentence that the record does not fall in, leave the
 * figure undated. Part of the judge (judge.ts): it knows nothing of findings.
 */
import type { Claim, Period, Verdict } from '../../model';
import type { Judgement } from './judgement';
import type { FactBase } from '../../facts/index';
import { numeric } from './factMatch';
import { factsAbout } from './factLookup';
import { samePeriodValue } from './verdicts/supported';
import { significantDigits } from './metricMixups';

/** What the one record decides about a figure it does not support. */
const ONLY_FACT_VERDICTS = new Set<Verdict>(['wrong-scale', 'wrong-currency', 'wrong-metric']);

/** Slips of scale that need no written date: M for B, 万 for 亿 (and back). */
const UNDATED_SLIPS = new Set([1e3, 1e-3, 1e4, 1e-4]);
/** A figure written to this many significant digits is the record's own moved a few places ("20,480" for 2,048). */
const MIN_DIGITS = 3;

/**
 * The only record decides the figure: another measure's figure, a currency slip, or a slip of scale
 * that holds undated too (a slip of ten or a hundred of a round figure, "$4 billion" for $400 million,
 * may as well be another round the base lacks).
 */
export function decidedByOnlyFact(claim: Claim, j: Judgement): boolean {
  if (!ONLY_FACT_VERDICTS.has(j.verdict)) return false;
  if (j.verdict !== 'wrong-scale') return true;
  return (j.scaleFactor !== undefined && UNDATED_SLIPS.has(j.scaleFactor)) || significantDigits(claim.quantity.value) >= MIN_DIGITS;
}

/**
 * The date of the only record of the claim's entity and measure, for an undated one-off or timeless figure.
 * `context.sentencePeriods` is read last, once a record is found: the judge's context reads it lazily
 * (blockChecks.ts scans the sentence on first read), and most claims that reach here have no such record.
 */
export function onlyFactPeriod(claim: Claim, kb: FactBase, context: { readonly sentencePeriods?: readonly Period[] }): Period | undefined {
  if (claim.period || !claim.entity || !claim.metric) return undefined;
  // Whose and what the figure is must be the writer's words, not carried from a heading or a paragraph.
  if ((claim.entity.how !== 'explicit' && claim.entity.how !== 'sentence') || claim.metric.how !== 'explicit') return undefined;
  const metric = kb.metrics.get(claim.metric.value);
  if (!metric?.oneOff && !metric?.timeless) return undefined;
  const facts = factsAbout(kb, claim.entity.value, claim.metric.value).filter(numeric);
  if (facts.length === 0 || facts.some((f) => f.fromMemory)) return undefined;
  const period = facts[0].period;
  if (!facts.every((f) => samePeriodValue(f.period, period))) return undefined;
  // A date the sentence writes that the record does not fall in may be another event's (without the
  // sentence's periods, no claim is dated this way).
  const sentencePeriods = context.sentencePeriods;
  if (sentencePeriods === undefined) return undefined;
  if (sentencePeriods.some((p) => p.start > period.start || p.end < period.end)) return undefined;
  return period;
}
