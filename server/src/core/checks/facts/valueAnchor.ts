/**
 * A figure with no metric word can still name its measure through its digits. "The US government had
 * taken about 10% in July for $8.9 billion": nothing in the clause says "investment", but the fact base
 * holds one figure of the government written $8.9 billion, its investment of August 2025. A figure
 * written precisely enough that it singles out one fact of its entity is very probably that fact's
 * measure, so the claim is judged as that measure; being taken from the value, the measure can only
 * place the figure (another period, an older figure, another publisher's), never show it wrong.
 *
 * Precise enough is read from how the author wrote the number, as the arithmetic checker reads a
 * hedge (roundedHedge.ts): a figure of one significant digit ($4 billion, 10%, 1万亿) coincides with
 * many facts and anchors nothing; nor does a bound ("more than $3.5 billion"), which fits any larger
 * figure. And the fact must be the only one: two facts of the value (two metrics, two periods, or
 * another company named in the sentence with a figure of that value) leave the measure open.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Claim, Fact, Verdict } from '../../model';
import type { FactBase } from '../../facts/index';
import type { Judgement, JudgeContext } from './judgement';
import { significantDigits } from '../arithmetic/roundedHedge';
import { findEntityMentions } from '../../bind/mentions';
import { numeric, perFits, pointMatches, productFits, unitFits } from './factMatch';
import { factsAbout } from './factLookup';
import { isInequality } from './verdicts/wrongPeriod';
import { COMPARISON_CUES } from './verdicts/scope';
import { documentTables } from '../../bind/tables';
import { periodRelation } from './periodMatch';

/**
 * The verdicts that follow from the value matching a fact: none needs the measure to be named. Not
 * stale: a figure whose measure goes unnamed is as often the event it was (the contract as signed, the
 * offer price) as a level said to stand now.
 */
const MATCH_BASED = new Set<Verdict>(['supported', 'wrong-period', 'misattributed']);

/** A figure of this many significant digits or more is no round number. */
const ANCHOR_DIGITS = 2;

/** The one fact of the claim's entity (or its deals) whose figure is exactly the value as written. */
export function anchoredFact(claim: Claim, kb: FactBase, context: JudgeContext): Fact | undefined {
  const q = claim.quantity;
  if (!claim.entity || q.kind === 'vague' || isInequality(q.bound) || significantDigits(q) < ANCHOR_DIGITS) return undefined;
  const fits = (f: Fact) => numeric(f) && !f.fromMemory && unitFits(q.kind, q.currency, f, q.kind === 'number' ? q.unit : undefined) && productFits(claim, f) && perFits(claim, f) && pointMatches(q.value, f);
  const own = new Set(factsAbout(kb, claim.entity.value).filter(fits));
  if (own.size !== 1) return undefined;
  // Another name of the sentence with a figure of that value: the figure may be its, not the entity's.
  const named = context.sentenceText === undefined ? [] : findEntityMentions(context.sentenceText, kb).map((m) => m.entity);
  const elsewhere = new Set(named.filter((e) => e !== claim.entity!.value).flatMap((e) => factsAbout(kb, e).filter(fits)));
  const [fact] = own;
  return [...elsewhere].every((f) => f === fact) ? fact : undefined;
}

/**
 * The claim judged as the measure of the one fact its value singles out, when the verdict is one the
 * match alone can give. The anchored measure is a context binding: never sure enough for an error.
 */
export function judgeAnchored(claim: Claim, kb: FactBase, context: JudgeContext, judge: (c: Claim) => Judgement): Judgement | undefined {
  const fact = anchoredFact(claim, kb, context);
  if (!fact) return undefined;
  const j = judge({ ...claim, metric: { value: fact.metric, how: 'context' } });
  if (!MATCH_BASED.has(j.verdict)) return undefined;
  // Words that make the figure another moment's ("去年同期", "up from", "previous") are words the
  // binder may not have read as a period, in the sentence or in the header of the figure's column.
  if (j.verdict === 'wrong-period' && comparedInWords(claim, context)) return undefined;
  // A span that holds the fact's period ("in 2023" for a quarter of it) may be telling one part of it.
  const period = claim.period?.value;
  if (j.verdict === 'wrong-period' && (!period || j.deciding.some((f) => periodRelation(period, f.period) !== 'disjoint'))) return undefined;
  return j;
}

/** The sentence, or the header of the table column the figure stands in, compares with another moment. */
function comparedInWords(claim: Claim, context: JudgeContext): boolean {
  if (context.sentenceText !== undefined && COMPARISON_CUES.test(context.sentenceText)) return true;
  const text = context.contextText;
  const header = text === undefined ? undefined : documentTables(text).cellAt(claim.quantity.start)?.header;
  return header !== undefined && COMPARISON_CUES.test(text!.slice(header.start, header.end));
}
