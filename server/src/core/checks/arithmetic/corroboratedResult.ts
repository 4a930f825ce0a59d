/**
 * "| 预训练 | 2,764K |…| 合计 | 2,788K |": a relation that does not hold, whose stated result and every operand
 * but one are each a figure the fact base holds for one entity and one measure (the total and the other
 * stages of one training run), is wrong in the one operand left: figures that match the record one by one
 * cannot all be chance, so they vouch for each other's reading even where each alone was bound only from
 * a heading (which confirmedResults in index.ts, judging one figure, does not trust). The result is then
 * not blamed, as a result the fact base firmly supports is not.
 *
 * Only when each vouching figure's measure is written (its clause's, or its table header's or row
 * label's), each is written as a number (no bound) and supported by trusted point facts (none of low
 * confidence or from memory, none an open bound that any larger figure meets), all of one entity and one
 * metric, and at least one operand vouches besides the result.
 *
 * One record of one event also vouches (session 30, h-fa30zh): "招股价X港元，首日收于Y港元，涨幅P%" where
 * the record keeps the listing's offer price, first-day close and first-day gain as members of one
 * record (ids RECORD.member) of one day. The result's measure must still be written; an operand whose
 * measure is not written ("收于Y港元") vouches when trusted members of the result's record, of the same
 * period, decide it. Three figures of one reported event matching it by chance is no likelier than the
 * figures of one measure doing so.
 */
import type { Claim, Fact, Span } from '../../model';
import type { Judgement } from '../facts/judgement';
import type { RelationOutcome } from './outcome';

/** A fact's tags of an open bound ("at least $1.5 billion"): any larger figure meets it, so it vouches for none. */
const OPEN_BOUND = new Set(['over', 'at-least', 'under', 'at-most']);
/** A figure written as a number, not a bound: it meets the record by its value. */
const ON_THE_DOT = new Set(['exact', 'approx']);

/** A trusted fact of one value, not an open bound. */
function pointOfRecord(f: Fact): boolean {
  return f.confidence !== 'low' && !f.fromMemory && f.value !== undefined && !f.qualifiers.some((t) => OPEN_BOUND.has(t));
}

/** How a claim is judged (the fact check's judge, with the document's context). */
export type JudgeOf = (claim: Claim) => Judgement | undefined;

/** What a figure the record supports vouches with: its one entity|metric (its measure written), and its records. */
interface Vouch {
  key?: string;
  /** "RECORD@start/end" of each deciding fact that is a member of a record (an id with a dot). */
  records: Set<string>;
}

function recordOfFact(f: Fact): string | undefined {
  const dot = f.id.lastIndexOf('.');
  return dot > 0 ? `${f.id.slice(0, dot)}@${f.period.start}/${f.period.end}` : undefined;
}

/** The relation's result is vouched for by the record, with all its operands but one. */
export function corroboratedResults(claims: readonly Claim[], judgeOf: JudgeOf): (o: RelationOutcome) => boolean {
  const byStart = new Map(claims.map((c) => [c.quantity.start, c]));
  const cache = new Map<number, Vouch | undefined>();
  /** How the trusted facts that support the figure vouch for it, if it is one the record holds. */
  const vouchOf = (q: Span): Vouch | undefined => {
    if (cache.has(q.start)) return cache.get(q.start);
    let vouch: Vouch | undefined;
    try {
      const claim = byStart.get(q.start);
      const metricWritten = claim?.metric?.how === 'explicit' || claim?.metric?.how === 'sentence';
      const j = claim?.entity && ON_THE_DOT.has(claim.quantity.bound) ? judgeOf(claim) : undefined;
      const trusted = j?.verdict === 'supported' && j.deciding.length > 0 && j.deciding.every(pointOfRecord);
      if (trusted) {
        const keys = new Set(j.deciding.map((f) => `${f.entity}|${f.metric}`));
        const records = new Set(j.deciding.map(recordOfFact).filter((r): r is string => r !== undefined));
        vouch = { key: metricWritten && keys.size === 1 ? [...keys][0] : undefined, records };
      }
    } catch {
      vouch = undefined;
    }
    cache.set(q.start, vouch);
    return vouch;
  };
  const vouchesWith = (result: Vouch, q: Span): boolean => {
    const v = vouchOf(q);
    if (!v) return false;
    if (v.key !== undefined && v.key === result.key) return true;
    return v.records.size > 0 && [...v.records].every((r) => result.records.has(r));
  };
  return (o) => {
    if (o.operands.length < 2) return false;
    const result = vouchOf(o.result);
    if (!result?.key) return false;
    const vouching = o.operands.filter((q) => vouchesWith(result, q)).length;
    return vouching >= 1 && vouching === o.operands.length - 1;
  };
}
