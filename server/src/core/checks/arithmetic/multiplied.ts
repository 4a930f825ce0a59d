/**
 * A multiple applied to an amount, in words: "on $225 million, 1.5x is about $340 million",
 * "2.25亿美元的1.5倍是3.4亿美元", "拿回约1.5倍本金：首轮的2.25亿美元，变成约3.4亿美元". The stated result is
 * checked against amount × multiple (arith.product).
 */
import { mul } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf, sameDimension } from './operands';
import type { Certainty, RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, textBefore } from './view';

/** "on $225 million, 1.5x is about $340 million". */
const ON_A = /\bon\s+$/i;
const A_TO_M_EN = /^\s*,\s*$/;
const M_TO_R_EN = new RegExp(`^\\s*(?:is|are|was|would be|comes to|means|gives|makes)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "A的1.5倍是R". */
const A_TO_M_ZH = /^\s*的\s*$/;
const M_TO_R_ZH = new RegExp(`^\\s*(?:是|为|即|约为|就是|等于)\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "…1.5倍本金：首轮的2.25亿美元，变成约4.5亿美元". */
const M_TO_A_ZH = /^[^。；;\d]{0,12}[:：，,][^。；;\d]{0,8}$/;
const A_BECOMES_R = new RegExp(`^\\s*[，,]?\\s*(?:变成|变为|成为|翻成|也就是|就是)了?\\s*(?:${HEDGE_ZH})?\\s*$`);

export const multiplied: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  const qs = view.quantities;
  for (let k = 0; k < qs.length; k++) {
    const m = qs[k];
    if (m.kind !== 'multiple' || !checkable(m)) continue;
    const [prev, next, after] = [qs[k - 1], qs[k + 1], qs[k + 2]];
    let found: { a: typeof m; r: typeof m; certainty: Certainty } | undefined;
    if (prev && next && ON_A.test(textBefore(view, prev, 8)) && A_TO_M_EN.test(gapBetween(view, prev, m)) && M_TO_R_EN.test(gapBetween(view, m, next))) {
      found = { a: prev, r: next, certainty: 'explicit' };
    } else if (prev && next && A_TO_M_ZH.test(gapBetween(view, prev, m)) && M_TO_R_ZH.test(gapBetween(view, m, next))) {
      found = { a: prev, r: next, certainty: 'explicit' };
    } else if (next && after && M_TO_A_ZH.test(gapBetween(view, m, next)) && A_BECOMES_R.test(gapBetween(view, next, after))) {
      found = { a: next, r: after, certainty: 'probable' };
    }
    if (!found || !sameDimension(found.a, found.r) || !checkable(found.a) || !checkable(found.r)) continue;
    out.push({
      check: 'arith.product',
      result: found.r,
      operands: [found.a, m],
      computed: mul(intervalOf(found.a), intervalOf(m)),
      formula: `${found.a.text} × ${m.text}`,
      certainty: found.certainty,
      lang: view.lang,
    });
  }
  return out;
};
