/**
 * A level said to stand a percentage above or below another written level: "At $40,000, a B200 costs 60%
 * more than a $25,000 H100", "$39.2 billion, 12% above the $35 billion it guided to", "a $6 plan, 40%
 * cheaper than the $10 one", "A卡售价4万美元，比2.5万美元的B卡贵60%".
 *
 * This is a comparison, not a change over time, so no verb of rising names it (growth.ts reads those): the
 * comparative after the percentage does ("more than", "above", "cheaper than"; 贵, 便宜, 高, 低 after
 * "比B"). The two operands are located by syntax alone:
 * - the compared level is the like amount right after the comparative ("than a $25,000 H100": only an
 *   article, a possessive name or a hedge between), or in Chinese the one "比" introduces;
 * - the level compared is the like amount right before the percentage, joined to it only by a comma, a
 *   copula or a verb of pricing with at most three words of subject ("a B200 costs"), never by a
 *   conjunction that opens a new statement.
 * Anything else between them, or an operand that is a percentage or a change itself, and nothing is read:
 * "20% more than analysts expected" names no written level. Up: P = (A ÷ B − 1) × 100%; down: (1 − A ÷ B).
 * The words bind the operands tightly, but a premise amount ("At $40,000") may describe something else
 * than the subject, so the reading is probable (warning at most), with no fix.
 */
import type { Quantity } from '../../model';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { growthRate, rateFormula, statedDifference } from './growth';
import type { Change, Direction } from './growthPatterns';
import { checkable, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { neighbour, shortGap, textAfter, textBefore, type SentenceView } from './view';

/** "more than", "above", "cheaper than": the comparative right after the percentage, then the compared level. */
const COMPARED_EN = new RegExp(
  `^\\s*(?:(more|higher|greater|larger|bigger|dearer|pricier|costlier)\\s+than|(above)|(less|lower|smaller|cheaper|fewer)\\s+than|(below))\\s+(?:the\\s+|an?\\s+|its\\s+|their\\s+)?(?:[A-Z][\\w.&-]*['’]s\\s+)?(?:${HEDGE_EN}\\s+)?$`,
);
/** Between the level compared and the percentage: ", ", "is", "costs", "a B200 costs", ", or about". */
const SUBJECT_TO_RATE_EN = new RegExp(
  `^\\s*,?\\s*(?:(?:(?!and\\b|but\\b|while\\b|whereas\\b|or\\b|which\\b|up\\b|down\\b)[A-Za-z][\\w’'.-]*\\s+){0,3}(?:is|was|are|were|costs?|sells?\\s+for|sold\\s+for|lists?\\s+at|runs?|comes?\\s+to|came\\s+to|trades?\\s+at|priced\\s+at)\\s+)?(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/** "A，比B贵约60%", "A比上一代的B便宜40%": 比 opens the compared level (a few words may name it first). */
const THAN_ZH = /(?:^|[，,\s])比\s*(?:[^\d，,。；;]{0,8}?的)?\s*$/;
/** Between A and 比: a comma or a subject of a few characters, never a new clause. */
const SUBJECT_TO_THAN_ZH = /^\s*[，,]?\s*[^\d，,。；;而但]{0,8}?比\s*(?:[^\d，,。；;]{0,8}?的)?\s*$/;
/** After the compared level: its noun, then the comparative and the percentage ("的B卡贵约", "便宜了"). */
const COMPARATIVE_ZH = new RegExp(`^\\s*(?:的?[^\\d，,。；;]{0,8}?)?(?:(贵|高|多)|(便宜|低|少))了?\\s*(?:${HEDGE_ZH})?\\s*$`);

const RATE_AFTER_EN = /^\s*(?:[\w-]+\s+){0,2}?[\w-]*['’]s\s+(?:growth|margin|share|rate|increase|rise)\b|^\s*(?:growth|margin|share|rate)\b/i;
const RATE_NOUN_ZH = /率|速|幅|比例|占比|倍/;

function isLevel(q: Quantity | undefined): q is Quantity {
  return !!q && checkable(q) && (q.kind === 'money' || q.kind === 'count' || q.kind === 'number') && q.low !== null && q.high !== null;
}

interface Comparison {
  a: Quantity;
  b: Quantity;
  direction: Direction;
}

function readEnglish(view: SentenceView, p: Quantity): Comparison | undefined {
  const b = neighbour(view, p, 1);
  const a = neighbour(view, p, -1);
  if (!isLevel(a) || !isLevel(b)) return undefined;
  const toB = shortGap(view, p, b, 40);
  const how = toB === undefined ? null : COMPARED_EN.exec(toB);
  if (!how) return undefined;
  // "20% higher than the $5 billion rival's growth": what follows B names a rate of it, not B itself.
  if (RATE_AFTER_EN.test(textAfter(view, b, 40))) return undefined;
  const toP = shortGap(view, a, p, 40);
  if (toP === undefined || !SUBJECT_TO_RATE_EN.test(toP)) return undefined;
  return { a, b, direction: how[1] || how[2] ? 'up' : 'down' };
}

function readChinese(view: SentenceView, p: Quantity): Comparison | undefined {
  const b = neighbour(view, p, -1);
  const a = b && neighbour(view, b, -1);
  if (!isLevel(a) || !isLevel(b)) return undefined;
  const ab = shortGap(view, a, b, 24);
  if (ab === undefined || !SUBJECT_TO_THAN_ZH.test(ab) || !THAN_ZH.test(ab)) return undefined;
  const bp = shortGap(view, b, p, 16);
  const how = bp === undefined ? null : COMPARATIVE_ZH.exec(bp);
  // "比2000亿元总订单的增速高40%": the noun after B names a rate or share of it, not B itself.
  if (!how || RATE_NOUN_ZH.test(how.input)) return undefined;
  return { a, b, direction: how[1] ? 'up' : 'down' };
}

export const percentAbove: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  for (const p of view.quantities) {
    if (p.kind !== 'percent' || !checkable(p)) continue;
    const c = view.lang === 'zh' ? readChinese(view, p) : readEnglish(view, p);
    if (!c || !sameDimension(c.a, c.b)) continue;
    // "$2 billion more than" is an excess, not a level; such an amount is no operand here.
    if (statedDifference(view, c.a) || statedDifference(view, c.b)) continue;
    // "up 20% from" is a change, read by growth.ts with its own operands.
    if (/\b(?:up|down|rose|fell|grew|increased|decreased)\s+(?:by\s+)?$/i.test(textBefore(view, p, 20))) continue;
    const change: Change = { old: c.b, new: c.a };
    out.push({
      check: 'arith.growth',
      result: p,
      operands: [c.b, c.a],
      computed: growthRate(change, c.direction),
      formula: rateFormula(change, c.direction),
      certainty: 'probable',
      lang: view.lang,
      noFix: true,
      recompute: ([old, level]) => growthRate({ old, new: level }, c.direction),
    });
  }
  return out;
};
