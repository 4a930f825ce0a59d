/**
 * A figure with no metric word, or no subject, can still be placed by its digits. "Microsoft put about
 * $56 billion to work in 2023": nothing in the clause says capex, but the fact base holds one figure of
 * Microsoft written $56 billion, its capex of 2024. A figure written precisely enough that it singles
 * out one fact of its entity (or, with no subject bound, of the one entity around it that holds such a
 * figure) is very probably that fact's, so the claim is judged with the fact's metric (and entity).
 * Taken from the value, they can only place the figure (another period, another publisher's), never
 * show it wrong.
 *
 * Precise enough is read from how the author wrote the number, as the arithmetic checker reads a hedge
 * (roundedHedge.ts): a figure of one significant digit ($4 billion, 10%, 1万亿), or of two ending in a
 * half ("150,000", "2.5亿"), coincides with many facts and anchors nothing; nor does a bound ("more than
 * $3.5 billion"), which fits any larger figure. And the fact must be the only one: two facts of the
 * value (two metrics, two periods, or another company named in the sentence with a figure of that
 * value) leave the figure unplaced. Nor is a total over names ("A and B together: $92 billion") any one name's.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Claim, Fact, Verdict } from '../../model';
import type { FactBase } from '../../facts/index';
import type { Judgement, JudgeContext } from './judgement';
import { significantFigures } from '../arithmetic/roundedHedge';
import { findEntityMentions } from '../../bind/mentions';
import { statesTotal } from '../../bind/groupTotal';
import { numeric, perFits, pointMatches, productFits, unitFits } from './factMatch';
import { factsAbout } from './factLookup';
import { isInequality } from './verdicts/wrongPeriod';
import { COMPARISON_CUES } from './verdicts/scope';
import { documentTables } from '../../bind/tables';
import { periodRelation } from './periodMatch';
import { oppositeToWords } from './changeDirection';

/**
 * The verdicts that follow from the value matching a fact: none needs the measure to be named. Not
 * stale: a figure whose measure goes unnamed is as often the event it was (the contract as signed, the
 * offer price) as a level said to stand now.
 */
const MATCH_BASED = new Set<Verdict>(['supported', 'wrong-period', 'misattributed']);

/**
 * Written to three significant digits or more, or to two of which the second is not a 5: a figure
 * that ends in a 5 at its second digit ("150,000", "2.5亿", "$650 million") may be rounded to a half
 * of its first, and one digit ($4 billion, 10%) to a whole.
 */
function preciseEnough(q: Claim['quantity']): boolean {
  const digits = significantFigures(q);
  return digits.length >= 3 || (digits.length === 2 && !digits.endsWith('5'));
}

/**
 * A fact whose figure is exactly the value as written, in the claim's unit (and its bound metric, if
 * any). Not a fall for a figure written as a rise: "revenue $35.08 billion, up 17%" is no share price's
 * 17% drop, whatever the digits, nor the reverse (changeDirection.ts).
 */
function valueFits(claim: Claim, kb: FactBase, context: JudgeContext): ((f: Fact) => boolean) | undefined {
  const q = claim.quantity;
  if (q.kind === 'vague' || isInequality(q.bound) || !preciseEnough(q)) return undefined;
  if (writtenAsComparison(claim, context)) return undefined;
  const metric = claim.metric?.value;
  // The words' direction is read only for a fact the figure fits otherwise: most facts of an entity fail
  // the cheap tests on unit and value, and most claims fit none (the tests are pure, so their order
  // changes no answer).
  const opposite = oppositeToWords(claim, context.sentenceText);
  return (f) =>
    (metric === undefined || f.metric === metric) &&
    numeric(f) &&
    !f.fromMemory &&
    unitFits(q.kind, q.currency, f, q.kind === 'number' ? q.unit : undefined) &&
    pointMatches(q.value, f) &&
    productFits(claim, f) &&
    perFits(claim, f) &&
    !opposite(f, kb);
}

/** "49% above", "12% higher than", "30% more than", "5% below": the percentage is how far one figure exceeds another. */
const COMPARED_AFTER_EN = /^\s*(?:above|below|over|under|higher|lower|more|less|greater|fewer|bigger|smaller|larger)\b/i;
/** "比去年高出约59%", "比2023年多49%", "较上年低12%": 比/较 + a word of excess or shortfall right before the figure. */
const COMPARED_BEFORE_ZH = /(?:比|较)[^，。；！？,;]{0,16}?(?:高出?|多出?|低|少|增长|下降|增加|减少|上涨|下跌)了?(?:约|近|逾|超|大约)?\s*$/;

/**
 * A percentage written as a comparison is a change between two figures, never a level, a share or a
 * stake: its digits say nothing of which fact it is, so it is not placed by them.
 */
function writtenAsComparison(claim: Claim, context: JudgeContext): boolean {
  const q = claim.quantity;
  const text = context.sentenceText;
  if (q.kind !== 'percent' || text === undefined) return false;
  const at = q.start - claim.sentence.start;
  const end = q.end - claim.sentence.start;
  return COMPARED_AFTER_EN.test(text.slice(end, end + 24)) || COMPARED_BEFORE_ZH.test(text.slice(Math.max(0, at - 30), at));
}

/** The entities named in a text, once each. */
function namedIn(text: string | undefined, kb: FactBase): string[] {
  return text === undefined ? [] : [...new Set(findEntityMentions(text, kb).map((m) => m.entity))];
}

/** The one fact of the claim's entity (or its deals) whose figure is exactly the value as written. */
export function anchoredFact(claim: Claim, kb: FactBase, context: JudgeContext): Fact | undefined {
  if (!claim.entity) return undefined;
  const fits = valueFits(claim, kb, context);
  if (!fits) return undefined;
  const own = new Set(factsAbout(kb, claim.entity.value).filter(fits));
  if (own.size !== 1) return undefined;
  // Another name of the sentence with a figure of that value: the figure may be its, not the entity's.
  const elsewhere = new Set(namedIn(context.sentenceText, kb).filter((e) => e !== claim.entity!.value).flatMap((e) => factsAbout(kb, e).filter(fits)));
  const [fact] = own;
  return [...elsewhere].every((f) => f === fact) ? fact : undefined;
}

/**
 * A figure whose subject the binder found nowhere: the one entity named in its sentence (or, when no
 * name of the sentence holds the figure, in its paragraph and headings) that holds a fact of exactly
 * that value ("Gartner's figure for 2022, 2.6%, completes the series" after a sentence on HBM's share).
 * Two facts, or two named entities with one, leave it unbound.
 */
export function anchoredEntity(claim: Claim, kb: FactBase, context: JudgeContext): { entity: string; fact: Fact } | undefined {
  const fits = valueFits(claim, kb, context);
  if (claim.entity || !fits) return undefined;
  // A total is a group's (an entity with members), never one member's.
  const total = totalOfNames(claim, context);
  const holding = (named: string[]) => {
    const found = new Map<Fact, string>();
    for (const e of named.filter((n) => !total || (kb.entities.get(n)?.members?.length ?? 0) > 1)) for (const f of factsAbout(kb, e).filter(fits)) if (!found.has(f) || f.entity === e) found.set(f, e);
    return found;
  };
  let found = holding(namedIn(context.sentenceText, kb));
  if (found.size === 0) found = holding(namedIn(context.contextText, kb));
  if (found.size !== 1) return undefined;
  const [[fact, entity]] = found;
  return { entity, fact };
}

/** "Alphabet and Meta together: $92 billion": a sum over names belongs to none of them, only to a group (bind/groupTotal.ts). */
function totalOfNames(claim: Claim, context: JudgeContext): boolean {
  const text = context.sentenceText;
  const start = claim.quantity.start - claim.sentence.start;
  if (text === undefined || start < 0) return false;
  const end = claim.quantity.end - claim.sentence.start;
  return statesTotal(text.slice(0, start), text.slice(end, end + 20));
}

/**
 * The claim judged with the entity or the measure it lacks taken from the one fact its value singles
 * out, when the verdict is one the match alone can give. What is taken is a context binding: never
 * sure enough for an error.
 */
export function judgeAnchored(claim: Claim, kb: FactBase, context: JudgeContext, judge: (c: Claim) => Judgement): Judgement | undefined {
  const byEntity = claim.entity ? undefined : anchoredEntity(claim, kb, context);
  const fact = byEntity?.fact ?? anchoredFact(claim, kb, context);
  if (!fact) return undefined;
  const j = judge({
    ...claim,
    ...(byEntity ? { entity: { value: byEntity.entity, how: 'context' as const } } : {}),
    ...(claim.metric ? {} : { metric: { value: fact.metric, how: 'context' as const } }),
  });
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
