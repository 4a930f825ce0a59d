/**
 * "Harvey went from $3 billion in February…", bound to the round raised when the company's February
 * valuation is on record at $3 billion: a figure that is, as written, another measure's figure of the
 * same subject and the same period is no slip of a power of ten against the bound measure's figure
 * ($300 million raised). The writer wrote the other measure's number; at most the binding took the
 * wrong measure, which the wrong-metric step (wrongMetric.ts) weighs. A tenfold "slip" landing on the
 * figure of another measure it matches exactly is a coincidence of scales, not an error of one. Only a
 * figure on record as such counts: the written number is that figure, a single value, and no approximation
 * or estimate ("~$512 million" of loss is met by many numbers, "5.344亿美元" among them; so is a price
 * range of "$25,000–40,000", which a cost to make written ten times too large falls inside).
 */
import type { FactBase } from '../../facts/index';
import type { JudgeScope } from './verdicts/scope';
import { factsAbout } from './factLookup';
import type { Fact } from '../../model';
import { numeric, pointMatches, unitFits } from './factMatch';
import { factPeriodRelation } from './periodMatch';

export function anotherMeasureAsWritten(s: JudgeScope, kb: FactBase): boolean {
  const { q, period, entity, metric } = s;
  if (!period) return false;
  const unit = q.kind === 'number' ? q.unit : undefined;
  return factsAbout(kb, entity).some((f) => {
    if (f.metric === metric || !numeric(f) || !unitFits(q.kind, q.currency, f, unit) || f.qualifiers.includes('approx') || f.qualifiers.includes('estimate')) return false;
    const kind = kb.metrics.get(f.metric)?.periodKind ?? 'duration';
    return factPeriodRelation(period, f, kind) === 'same' && singleValue(f) && pointMatches(q.value, f);
  });
}

/** A fact on record as one number, not a range of them. */
function singleValue(f: Fact): boolean {
  return f.value !== undefined && f.low === undefined && f.high === undefined;
}
