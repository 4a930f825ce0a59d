/**
 * A figure credited to an estimator that the fact base records as someone else's estimate.
 *
 * Estimates of the whole market or economy are filed under the body or person that made them (the
 * IEA, Acemoglu: bind/estimator.ts), so "高盛认为AI只会让GDP增加0.9%" binds Goldman Sachs as both the
 * figure's owner and its credit. When the credited estimator has no figure of that metric on record
 * and exactly one other estimator's figure of it matches the value, the credit is misplaced. Runs only
 * when nothing else decided (judge.ts): the credited estimator's own figures come first.
 *
 * Session 18: three widenings, each read from the named source bound as the figure's owner. (1) The
 * credited estimator's figures of the metric at other times, none meeting the value and none of the
 * claim's period, do not stand in the way ("a McKinsey study last summer found 95%…", where McKinsey is
 * on record only for other years' shares): they cannot account for the figure. (2) Another estimator's
 * figure of a more specific member of the bound metric's family counts ("Gartner counted $33.9 billion
 * of private generative-AI investment": the AI Index files it as private investment). (3) An estimate
 * dated inside the claim's period (published in June of "Goldman's 2023 estimate") is of that period.
 * A survey counts as an estimate: its shares are its maker's ("a McKinsey study found 95%…", MIT NANDA's on record).
 */
import type { Fact } from '../../../model';
import type { FactBase } from '../../../facts/index';
import type { Judgement, JudgeContext } from '../judgement';
import type { JudgeScope } from './scope';
import { matches, numeric, perFits, unitFits } from '../factMatch';
import { factsOfMetric, reportedOnOrBefore } from '../factLookup';
import { firstFigureCredited } from '../claimSentence';
import { reportedByNamed } from '../publishers';
import { familyMembers } from '../familyMember';
import type { PeriodRelation } from '../periodMatch';

/** Who makes estimates: research bodies, banks, economists. Companies report their own figures. */
const ESTIMATOR_KINDS = new Set(['organisation', 'person']);

export function anotherEstimatorVerdict(s: JudgeScope, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const { claim, q, entity, metric, ofMetric, period, relation } = s;
  const credit = claim.attribution?.span;
  const owner = claim.entity.span;
  // The owner is the credited estimator itself ("McKinsey's estimate that…", "高盛认为…"), or, with no
  // credit in the sentence, an estimator that is the subject of the number's own clause ("Sequoia
  // counted about $1 trillion", "红杉资本统计…约1万亿美元"); either way with nothing of its own on
  // record for the metric. A subject is weaker than a credit: only others' estimates can displace it.
  if (!owner || !isEstimator(kb, entity)) return undefined;
  // Its own figures come first: one meeting the value, or any of the claim's period, is for the other steps.
  if (s.samePeriod.length > 0 || s.contained.length > 0 || ofMetric.some((f) => matches(claim, f))) return undefined;
  const credited = credit !== undefined && credit.start === owner.start && credit.end === owner.end;
  const subject = !claim.attribution && claim.entity.how === 'explicit';
  if (!credited && !subject) return undefined;
  const { documentDate } = context;
  const onRecord = (f: Fact) => (period ? OF_PERIOD.has(relation(period, f)) : !documentDate || reportedOnOrBefore(f, documentDate));
  const others = [metric, ...familyMembers(kb, metric)].flatMap((m) => factsOfMetric(kb, m)).filter(
    (f) =>
      f.entity !== entity &&
      isEstimator(kb, f.entity) &&
      (credited || isEstimate(f)) &&
      numeric(f) &&
      unitFits(q.kind, q.currency, f) &&
      perFits(claim, f) &&
      onRecord(f) &&
      matches(claim, f),
  );
  if (others.length === 0 || new Set(others.map((f) => f.entity)).size !== 1) return undefined;
  // Another body's figure that records the credited one as who made it (reportedBy: the AI Index
  // quoting McKinsey's survey) is the credited estimator's after all.
  // So is one recording the estimator named as the subject ("McKinsey … 78%", which the AI Index quotes).
  const named = claim.attribution?.value;
  if (credited && named !== undefined && others.some((f) => reportedByNamed(f, named, kb))) return undefined;
  if (others.some((f) => f.reportedBy?.includes(entity))) return undefined;
  // One credit covers the figures after it and is reported once, on the first of them (as in supported.ts).
  if (!firstFigureCredited(claim, context.sentenceText)) return undefined;
  return { verdict: 'misattributed', deciding: others, related: [] };
}

/** The claim's period is the estimate's: the same, or one holding the estimate's date. */
const OF_PERIOD = new Set<PeriodRelation>(['same', 'contains']);

/** An estimate, projection or survey someone made, not a figure they reported about themselves. */
function isEstimate(f: Fact): boolean {
  return f.qualifiers.includes('estimate') || f.qualifiers.includes('projection') || f.qualifiers.includes('survey');
}

function isEstimator(kb: FactBase, entity: string): boolean {
  return ESTIMATOR_KINDS.has(kb.entities.get(entity)?.kind ?? '');
}

