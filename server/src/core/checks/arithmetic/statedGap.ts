/**
 * The gap between two amounts set side by side in one clause: "$4.1 billion against about $2.2 billion,
 * a gap of $2.9 billion", "the difference between $60 million and $45 million is $15 million",
 * "41亿美元与22亿美元相差19亿美元"; "两者之间相差…" is not read here (the pair is not written in the clause).
 *
 * The words "against … a gap of", "between … and … is", "与…相差" name the operands, so no entity or metric
 * is needed: the two amounts are the ones those words attach to, and they must be like amounts (same
 * currency, same counted noun). A gap has no sign, so it is the larger less the smaller. The gap between two
 * percentages is stated in points ("32% against 25%, a lead of 7 points", "32%与25%相差7个百分点").
 */
import type { Quantity } from '../../model';
import { sub, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, neighbour, textBefore, type SentenceView } from './view';

/** A lead is the gap seen from the larger side ("32% against 25%, a lead of 7 points"). */
const GAP_NOUN_EN = '(?:gap|difference|spread|shortfall|lead)';
/**
 * "$4.1B against $2.2B", "$4.1B versus $2.2B", "32% of usage against OpenAI's 25%": a possessive name may
 * say whose the second amount is, and "of <what>" what the first is of; nothing else may stand between.
 */
const AGAINST_EN = new RegExp(
  `^\\s*(?:of\\s+[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?\\s+)?(?:against|versus|vs\\.?|compared (?:with|to))\\s+(?:the\\s+|[A-Z][\\w.-]*(?:\\s+[A-Z0-9][\\w.-]*){0,2}['’]s\\s+)?(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/** "…, a gap of", "— a difference of", "(a spread of". */
const THEN_GAP_EN = new RegExp(`^\\s*(?:(?:in|for|at|on)\\s+[\\w ’'.-]{1,20}?\\s*)?[,(—–-]\\s*(?:or\\s+)?(?:a|the)\\s+${GAP_NOUN_EN}\\s+of\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "the gap between $60M and $45M is $15M". */
const BETWEEN_EN = new RegExp(`\\b(?:the|a)\\s+${GAP_NOUN_EN}\\s+between\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const AND_EN = new RegExp(`^\\s*and\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const IS_EN = new RegExp(`^\\s*(?:(?:in|for|at|on)\\s+[\\w ’'.-]{1,20}?\\s*)?[,:]?\\s*(?:is|was|comes to|came to|of)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "41亿美元与22亿美元相差19亿美元", "A和B之间的差距约为C". */
const WITH_ZH = new RegExp(`^\\s*[，,]?\\s*(?:与|和|跟|同|对比|相比于?)(?:[^，,。；;\\d]{0,12}?的)?\\s*(?:${HEDGE_ZH})?\\s*$`);
const DIFFER_ZH = new RegExp(`^\\s*(?:之间)?(?:的)?(?:相差|差距为|差距达到?|差距约为|差额为|差额达|差了|差距|差额)\\s*(?:了|为|约|达)*\\s*(?:${HEDGE_ZH})?\\s*$`);

interface Pair {
  a: Quantity;
  b: Quantity;
}

/** The two amounts whose gap `c` states, when the words around them name them unambiguously. */
function pairFor(view: SentenceView, c: Quantity): Pair | undefined {
  const b = neighbour(view, c, -1);
  const a = b && neighbour(view, b, -1);
  if (!a || !b) return undefined;
  const ab = gapBetween(view, a, b);
  const bc = gapBetween(view, b, c);
  if (AGAINST_EN.test(ab) && THEN_GAP_EN.test(bc)) return { a, b };
  if (BETWEEN_EN.test(textBefore(view, a, 40)) && AND_EN.test(ab) && IS_EN.test(bc)) return { a, b };
  if (WITH_ZH.test(ab) && DIFFER_ZH.test(bc)) return { a, b };
  return undefined;
}

function unsignedGap([x, y]: Quantity[]): Interval {
  return x.value >= y.value ? sub(intervalOf(x), intervalOf(y)) : sub(intervalOf(y), intervalOf(x));
}

export const statedGap: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  if (view.quantities.length < 3) return out;
  for (const c of view.quantities) {
    if (!checkable(c) || (c.kind !== 'money' && c.kind !== 'count' && c.kind !== 'number' && c.kind !== 'points')) continue;
    const pair = pairFor(view, c);
    if (!pair) continue;
    const { a, b } = pair;
    const inPoints = a.kind === 'percent' && c.kind === 'points';
    if (!checkable(a) || !checkable(b) || !sameDimension(a, b) || !(inPoints || sameDimension(a, c))) continue;
    const [big, small] = a.value >= b.value ? [a, b] : [b, a];
    out.push({
      check: 'arith.growth',
      result: c,
      operands: [a, b],
      computed: unsignedGap([a, b]),
      recompute: unsignedGap,
      formula: `${big.text} − ${small.text}`,
      certainty: 'explicit',
      lang: view.lang,
    });
  }
  return out;
};
