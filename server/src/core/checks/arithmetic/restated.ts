/**
 * A ratio restated in the next sentence: "Baidu's $92 million is roughly a quarter of that. In other words
 * Baidu earns less than 1/10 of what OpenAI does.", "……只有它的四分之一左右。换句话说，百度的收入不到OpenAI的
 * 1/10。" The restatement must open with its cue and hold no number but the ratio; it is checked against
 * the operands of the one ratio read in the sentence right before (same paragraph), turned round when
 * one is a fraction and the other a multiple. Probable (warning at most), no fix.
 */
import { div, type Interval } from '../intervals';
import { anaphora } from './anaphora';
import { namedRatios } from './named';
import { checkable } from './operands';
import type { RelationOutcome } from './outcome';
import { ratios } from './ratios';
import { references } from './references';
import type { RelationContext, RelationDetector } from './relation';

const OPENER = /^\s*(?:in other words|put differently|put another way|said differently|换句话说|也就是说|换言之)\s*[,，:：]?/i;

function invert(i: Interval): Interval {
  return div({ low: 1, high: 1 }, i);
}

export const restated: RelationDetector = (view, ctx) => {
  const previous = ctx.previous;
  if (!previous || view.quantities.length !== 1 || !OPENER.test(view.text)) return [];
  const m = view.quantities[0];
  if ((m.kind !== 'ratio' && m.kind !== 'multiple') || !checkable(m)) return [];
  const before: RelationContext = { ...ctx, previous: ctx.earlier?.[1], earlier: ctx.earlier?.slice(1) };
  const read = [ratios, references, namedRatios, anaphora].flatMap((detect) => detect(previous, before)).filter((o) => o.result.kind === 'ratio' || o.result.kind === 'multiple');
  const results = new Set(read.map((o) => o.result.start));
  if (results.size !== 1) return [];
  const o = read[0];
  const turned = m.value < 1 !== o.result.value < 1;
  const out: RelationOutcome = {
    check: 'arith.ratio',
    result: m,
    operands: o.operands,
    computed: turned ? invert(o.computed) : o.computed,
    formula: turned ? `1 ÷ (${o.formula})` : o.formula,
    certainty: o.certainty === 'weak' ? 'weak' : 'probable',
    lang: view.lang,
    notes: o.notes,
    facts: o.facts,
    noFix: true,
  };
  return [out];
};
