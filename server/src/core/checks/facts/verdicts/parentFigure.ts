/**
 * After the verdict order, for a product's figure nothing decided: the figure is its company's broader
 * one. "Azure brought in $28.5 billion in the June quarter", where $28.52B is Microsoft's Intelligent
 * Cloud segment for that quarter (a segment larger than Azure, filed under Microsoft with no product):
 * the writer took the segment's figure for the product's. The base files a unit's own
 * revenue under its parent with the unit as `product` (factsAbout reads those already), so a parent's
 * figure filed without that product is never the product's own.
 *
 * A coincidence is not evidence: only a figure written to three or more significant digits, exactly
 * the parent's figure of a segment of the bound metric (`revenue` → `revenue.cloud-segment`), for
 * the claim's very period, recorded to as many digits by a trusted source, and the only such figure.
 * Never when the clause names the company or the matching measure (then the sentence may well give the
 * company's figure and the binder picked the product), nor when the product has figures of its own for
 * the period (those decide). Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Fact } from '../../../model';
import type { FactBase } from '../../../facts/index';
import { ancestorsOf } from '../../../facts/index';
import type { Judgement, JudgeContext } from '../judgement';
import type { JudgeScope } from './scope';
import { numeric, matchesLoosely, unitFits, oneValue } from '../factMatch';
import { precise } from '../slips';
import { significantDigits } from '../metricMixups';
import { clauseOf, sentenceNamesMetric } from '../claimSentence';
import { findEntityMentions } from '../../../bind/mentions';

/** Kinds of entity that are a part of a company: a product, a model line. */
const UNIT_KINDS = new Set(['product', 'model']);

export function parentFigureVerdict(s: JudgeScope, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const { claim, q, period, metric, relation } = s;
  if (!period || s.samePeriod.length > 0 || s.contained.length > 0 || s.displaced.length > 0) return undefined;
  // The product must be the number's own subject, named in its clause: one read from the paragraph or a
  // heading ("H100 systems" beside Nvidia's revenue) is too often the company's figure's neighbour.
  if (claim.entity.how !== 'explicit' || claim.metric?.how !== 'explicit') return undefined;
  const unit = kb.entities.get(s.entity);
  if (!unit || !UNIT_KINDS.has(unit.kind)) return undefined;
  // Written to the last digit: "$28.5 billion", "267.1亿美元"; never a round "$5 billion".
  if (!precise(q) || significantDigits(q.value) < 3) return undefined;
  const parents = ancestorsOf(kb.entities, s.entity).filter((id) => kb.entities.get(id)?.kind === 'company');
  if (parents.length === 0) return undefined;
  // The company's segments of the bound measure (`revenue` → `revenue.cloud-segment`, `revenue.datacenter`):
  // a part of the whole the product belongs to. Not the company's total itself: a product that is most of
  // its maker ("ChatGPT's revenue" for OpenAI's) is too often written for it on purpose.
  const measures = [...kb.metrics.values()].filter((m) => m.id.startsWith(`${metric}.`) && m.shareOf === metric).map((m) => m.id);
  const trusted = (f: Fact) => !f.fromMemory && f.confidence !== 'low';
  const specific = (f: Fact) => f.value !== undefined && significantDigits(f.value) >= 3 && !f.qualifiers.includes('approx') && !f.qualifiers.includes('estimate');
  const found: Fact[] = [];
  for (const parent of parents) {
    for (const m of measures) {
      for (const f of kb.factsFor(parent, m)) {
        if (f.product === s.entity || !numeric(f) || !trusted(f) || !specific(f)) continue;
        if (!unitFits(q.kind, q.currency, f, q.kind === 'number' ? q.unit : undefined)) continue;
        if (relation(period, f) !== 'same' || !matchesLoosely(claim, f)) continue;
        found.push(f);
      }
    }
  }
  if (found.length === 0 || !oneValue(found)) return undefined;
  const clause = clauseOf(claim, context.sentenceText);
  if (clause === undefined) return undefined;
  if (found.some((f) => sentenceNamesMetric(clause, f.metric, kb))) return undefined;
  if (findEntityMentions(clause, kb).some((m) => parents.includes(m.entity))) return undefined;
  return { verdict: 'wrong-metric', deciding: found, related: [], ofParent: true };
}
