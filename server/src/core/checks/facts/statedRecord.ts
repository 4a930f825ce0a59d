/**
 * An undated figure stated beside other figures of one source record is that record's figure: "在400亿
 * 美元中，软银自己出资约250亿美元，其余100亿美元由其他投资人分摊", "a $2 billion seed at a $10 billion
 * valuation", "发行价116.2港元，首日收盘131.5港元…市值约679亿港元". The fact base keeps what one source
 * reported of one event as one record (ids GROUP.member, one date); when the sentence's other figures are
 * that record's, the writer is retelling it, and the record's date is the figure's period.
 *
 * Only when the record holds one figure of the claim's own entity and metric for that date, when no date
 * in the sentence points elsewhere, and when exactly one date is stated this way. A figure of the claim's
 * own measure alone is not enough ("from $X to $Y" quotes two events): it takes one of another measure
 * of the record, or two of its figures. Part of the judge (judge.ts): it knows nothing of findings.
 */
import type { Claim, Fact, Period, Quantity } from '../../model';
import type { FactBase } from '../../facts/index';
import { quantityInterval } from '../intervals';
import { meetsFigure, numeric, unitFits } from './factMatch';
import { factsAbout } from './factLookup';
import { periodRelation } from './periodMatch';
import { samePeriodValue } from './verdicts/supported';
import { splitRecordOf } from '../../facts/sourceRecord';

const records = new WeakMap<FactBase, Map<string, Fact[]>>();

/** Every record's facts, indexed once per fact base. */
function recordIndex(kb: FactBase): Map<string, Fact[]> {
  let index = records.get(kb);
  if (!index) {
    index = new Map();
    for (const f of kb.facts) {
      const r = splitRecordOf(f);
      if (r === undefined || !numeric(f)) continue;
      const list = index.get(r) ?? [];
      list.push(f);
      index.set(r, list);
    }
    records.set(kb, index);
  }
  return index;
}

/** The numeric facts of the source record `f` belongs to, on `f`'s date (none when it is in no record). */
export function sameRecordFacts(kb: FactBase, f: Fact): Fact[] {
  const r = splitRecordOf(f);
  return r === undefined ? [] : (recordIndex(kb).get(r) ?? []).filter((g) => samePeriodValue(g.period, f.period));
}

/** "Nvidia's 2023 share of shipments": a year read as a count is no figure of any record. */
function yearRead(claim: Claim): boolean {
  const q = claim.quantity;
  return (q.kind === 'count' || q.kind === 'number') && Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2100 && /^(?:19|20)\d{2}(?!\d)/.test(q.text);
}

/**
 * The period of the one record whose other figures the claim's sentence states, for a claim that binds
 * an entity and a metric but no period; undefined otherwise. `sentenceQuantities` are its sentence's figures
 * (JudgeContext.sentenceQuantities); `sentencePeriods` gives the dates its sentence mentions, read only once a record is found (scanning the sentence costs more than most claims).
 */
export function statedRecordPeriod(claim: Claim, kb: FactBase, sentenceQuantities: readonly Quantity[] | undefined, sentencePeriods: () => readonly Period[] = () => []): Period | undefined {
  // Whose and what the figure is must be in its own clause: the record decides only its date.
  if (claim.period || claim.entity?.how !== 'explicit' || claim.metric?.how !== 'explicit' || sentenceQuantities === undefined) return undefined;
  if (yearRead(claim)) return undefined;
  const entity = claim.entity.value;
  const metric = claim.metric.value;
  const at = claim.quantity.start - claim.sentence.start;
  const others = sentenceQuantities.filter((q) => q.start !== at && q.kind !== 'vague');
  if (others.length === 0) return undefined;
  const index = recordIndex(kb);
  const own = factsAbout(kb, entity, metric).filter((f) => numeric(f) && splitRecordOf(f) !== undefined);
  const periods: Period[] = [];
  for (const f of own) {
    const record = (index.get(splitRecordOf(f)!) ?? []).filter((g) => samePeriodValue(g.period, f.period));
    // A record with two figures of the claim's measure (a total and its parts, an offer price and a
    // close) does not say which one the figure is: a part, a sum or a step of the writer's arithmetic.
    if (record.filter((g) => g.entity === f.entity && g.metric === f.metric).length > 1) continue;
    const stated = record.filter((g) => others.some((q) => unitFits(q.kind, q.currency, g, q.kind === 'number' ? q.unit : undefined) && meetsFigure(quantityInterval(q), g)));
    const ofAnotherMeasure = stated.some((g) => g.entity !== entity || g.metric !== metric);
    // A figure that is itself another of the record's figures ("Blue Owl 80%, Meta 20%") is that one,
    // bound to the wrong subject or measure, not a wrong figure of this one.
    const claimed = quantityInterval(claim.quantity);
    if (record.some((g) => (g.entity !== entity || g.metric !== metric) && unitFits(claim.quantity.kind, claim.quantity.currency, g) && meetsFigure(claimed, g))) continue;
    if (!ofAnotherMeasure && stated.length < 2) continue;
    if (!periods.some((p) => samePeriodValue(p, f.period))) periods.push(f.period);
  }
  if (periods.length !== 1) return undefined;
  const [period] = periods;
  // A date the sentence names that is not the record's may be the figure's own.
  if (sentencePeriods().some((p) => periodRelation(p, period) === 'disjoint')) return undefined;
  return period;
}
