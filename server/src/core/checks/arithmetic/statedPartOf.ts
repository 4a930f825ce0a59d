/**
 * Two amounts the sentence states as a part and its whole are no change: "data-centre revenue of $3.86
 * billion …, about half of total revenue of $7.658 billion, which grew 24%" — the 24% is the total's
 * growth against a figure the sentence does not give, not $7.658B against $3.86B. The share between them
 * ("half of", "60% of") or around the whole ("占总营收76.58亿美元的一半") says which is part of which.
 */
import type { Quantity } from '../../model';
import { HEDGE_ZH } from './cues';
import { gapBetween, textAfter, type SentenceView } from './view';

const SHARE_KINDS = new Set<Quantity['kind']>(['percent', 'ratio']);
/** "half of", "60% of the": what follows a share that names its whole. */
const OF_AFTER_EN = /^\s+of\b/i;
/** "，占总营收" … "的一半": the part's copula before the whole, 的 and the share after it. */
const SHARE_OF_ZH = /(?:占|相当于|约为|是)[^，,。；;]{0,12}$/;
const OF_SHARE_AFTER_ZH = /^\s*的\s*$/;
const HEDGES_ZH = new RegExp(HEDGE_ZH, 'g');

/** Whether the sentence states `part` as a share of `whole` (in either order of writing). */
export function statedPartOf(view: SentenceView, a: Quantity, b: Quantity): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = view.quantities.filter((q) => q.start >= first.end && q.end <= second.start);
  if (between.some((s) => SHARE_KINDS.has(s.kind) && OF_AFTER_EN.test(textAfter(view, s, 8)))) return true;
  const next = view.quantities[view.quantities.indexOf(second) + 1];
  return (
    !!next &&
    SHARE_KINDS.has(next.kind) &&
    SHARE_OF_ZH.test(gapBetween(view, first, second)) &&
    OF_SHARE_AFTER_ZH.test(gapBetween(view, second, next).replace(HEDGES_ZH, ''))
  );
}
