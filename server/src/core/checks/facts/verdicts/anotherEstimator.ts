/**
 * A figure credited to an estimator that the fact base records as someone else's estimate.
 *
 * Estimates of the whole market or economy are filed under the body or person that made them (the
 * IEA, Acemoglu: bind/estimator.ts), so "高盛认为AI只会让GDP增加0.9%" binds Goldman Sachs as both the
 * figure's owner and its credit. When the credited estimator has no figure of that metric on record
 * and exactly one other estimator's figure of it matches the value, the credit is misplaced. Runs only
 * when nothing else decided (judge.ts): the credited estimator's own figures come first.
 */
import type { Fact } from '../../../model';
import type { FactBase } from '../../../facts/index';
import type { Judgement, JudgeContext } from '../judgement';
import type { JudgeScope } from './scope';
import { matches, numeric, perFits, unitFits } from '../factMatch';
import { factsOfMetric, reportedOnOrBefore } from '../factLookup';
import { firstFigureCredited } from '../claimSentence';
import { reportedByNamed } from '../publishers';

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
  if (ofMetric.length > 0 || !owner || !isEstimator(kb, entity)) return undefined;
  const credited = credit !== undefined && credit.start === owner.start && credit.end === owner.end;
  const subject = !claim.attribution && claim.entity.how === 'explicit';
  if (!credited && !subject) return undefined;
  const { documentDate } = context;
  const onRecord = (f: Fact) => (period ? relation(period, f) === 'same' : !documentDate || reportedOnOrBefore(f, documentDate));
  const others = factsOfMetric(kb, metric).filter(
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
  const named = claim.attribution?.value;
  if (credited && named !== undefined && others.some((f) => reportedByNamed(f, named, kb))) return undefined;
  // One credit covers the figures after it and is reported once, on the first of them (as in supported.ts).
  if (!firstFigureCredited(claim, context.sentenceText)) return undefined;
  return { verdict: 'misattributed', deciding: others, related: [] };
}

/** An estimate or projection someone made, not a figure they reported about themselves. */
function isEstimate(f: Fact): boolean {
  return f.qualifiers.includes('estimate') || f.qualifiers.includes('projection');
}

function isEstimator(kb: FactBase, entity: string): boolean {
  return ESTIMATOR_KINDS.has(kb.entities.get(entity)?.kind ?? '');
}

