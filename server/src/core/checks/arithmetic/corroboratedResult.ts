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

/** The relation's result is vouched for by the record, with all its operands but one. */
export function corroboratedResults(claims: readonly Claim[], judgeOf: JudgeOf): (o: RelationOutcome) => boolean {
  const byStart = new Map(claims.map((c) => [c.quantity.start, c]));
  const cache = new Map<number, string | undefined>();
  /** The "entity|metric" of the trusted facts that support the figure, if it is one the record holds. */
  const recordOf = (q: Span): string | undefined => {
    if (cache.has(q.start)) return cache.get(q.start);
    let key: string | undefined;
    try {
      const claim = byStart.get(q.start);
      const metricWritten = claim?.metric?.how === 'explicit' || claim?.metric?.how === 'sentence';
      const j = claim?.entity && metricWritten && ON_THE_DOT.has(claim.quantity.bound) ? judgeOf(claim) : undefined;
      const trusted = j?.verdict === 'supported' && j.deciding.length > 0 && j.deciding.every(pointOfRecord);
      const keys = trusted ? new Set(j.deciding.map((f) => `${f.entity}|${f.metric}`)) : undefined;
      key = keys && keys.size === 1 ? [...keys][0] : undefined;
    } catch {
      key = undefined;
    }
    cache.set(q.start, key);
    return key;
  };
  return (o) => {
    if (o.operands.length < 2) return false;
    const result = recordOf(o.result);
    if (!result) return false;
    const vouching = o.operands.filter((q) => recordOf(q) === result).length;
    return vouching >= 1 && vouching === o.operands.length - 1;
  };
}
