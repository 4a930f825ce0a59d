/**
 * A difference read from what binding knows, as periodPair.ts reads a rate: "去年的资本开支合计约2230亿美元，
 * 今年计划合计约3250亿美元，一年增加约1200亿美元", "$223 billion in 2024 and $325 billion planned for 2025, an
 * increase of $102 billion". The two like amounts of the sentence that the binder dated at two ordered
 * periods of one series (periodPair.ts: datedPair, exactly one older candidate, same company and measure) are
 * the difference's operands, the older one being the old value whatever the word order.
 *
 * The phrase readers (growth.ts: "from A to B, an increase of D") come first; this reads only a difference
 * word right before the amount, with the newer value right before that in its clause. A reading of the
 * bindings, not of a cue tying the numbers: probable (warning at most), no fix.
 */
import type { Quantity } from '../../model';
import { sub } from '../intervals';
import { HEDGE_ZH } from './cues';
import { DIFF_BEFORE_EN } from './growth';
import { checkable, sameDimension } from './operands';
import { oneHedgeOperand } from './roundedHedge';
import type { RelationOutcome } from './outcome';
import { agree, datedPair, OWN_BASELINE_AFTER, PER_YEAR, spanFits } from './periodPair';
import { clauseNamesAnotherMeasure, family, ownMetric } from './measures';
import type { RelationDetector } from './relation';
import { claimOf, gapBetween, neighbour, textAfter, textBefore } from './view';

/** "一年增加约", "增长了", "减少": a direction word right before the difference (了 optional here, the pair being dated). */
const DIFF_BEFORE_ZH = new RegExp(`(?:(增加|增长|多了|扩大|提高|提升|上升)|(减少|下降|收窄|降低))了?(?:${HEDGE_ZH})?\\s*$`);

function isDifference(q: Quantity): boolean {
  return (q.kind === 'money' || q.kind === 'count') && !q.per && checkable(q);
}

export const periodDifference: RelationDetector = (view, ctx) => {
  if (view.quantities.length < 3) return [];
  const out: RelationOutcome[] = [];
  for (const d of view.quantities) {
    if (!isDifference(d)) continue;
    const m = DIFF_BEFORE_EN.exec(textBefore(view, d, 30)) ?? DIFF_BEFORE_ZH.exec(textBefore(view, d, 12));
    const y = neighbour(view, d, -1);
    // "研发费用增加了150亿美元" after two capex figures: a difference of a measure of its own is not theirs.
    if (!m || !y || !sameDimension(y, d) || !agree(ownMetric(claimOf(view, d)), ownMetric(claimOf(view, y)))) continue;
    // "…，而营收减少了150亿美元": a difference written as a fall binds no measure; its clause's words name one.
    const ym = ownMetric(claimOf(view, y));
    if (ym && !ownMetric(claimOf(view, d)) && clauseNamesAnotherMeasure(textBefore(view, d, 40), family(ym, ctx.kb), ctx.kb)) continue;
    const gap = gapBetween(view, y, d);
    const after = textAfter(view, d, 30);
    // A difference with a baseline of its own ("up $4 billion from…") or a yearly average is another reading's.
    if (gap.length > 30 || /[;；。]/.test(gap) || OWN_BASELINE_AFTER.test(after) || PER_YEAR.test(`${gap} ${after.slice(0, 16)}`)) continue;
    const pair = datedPair(view, d);
    if (!pair) continue;
    const [older, newer] = pair;
    if (!spanFits(`${gap} ${after}`, older.period, newer.period)) continue;
    const up = m[1] !== undefined;
    // The difference is the writer's own subtraction of the figures as written: a hedge on both sides is
    // counted once, on the result (roundedHedge.ts: oneHedgeOperand).
    const at = (q: Quantity) => oneHedgeOperand(q, d);
    out.push({
      check: 'arith.growth',
      result: d,
      operands: [older.q, newer.q],
      computed: up ? sub(at(newer.q), at(older.q)) : sub(at(older.q), at(newer.q)),
      recompute: ([o, n]) => (up ? sub(at(n), at(o)) : sub(at(o), at(n))),
      formula: up ? `${newer.q.text} − ${older.q.text}` : `${older.q.text} − ${newer.q.text}`,
      certainty: 'probable',
      lang: view.lang,
      noFix: true,
    });
  }
  return out;
};
