/**
 * A multiple restated as a percentage rise: "a 4.2x jump in a year, i.e. revenue up 320%", "a threefold
 * increase, or growth of 200%". A level that became M times the old one rose by (M − 1) × 100%, so the
 * restated rate is that, not M × 100% (the slip "5x, i.e. up 500%" is the common one).
 *
 * Only when the words say both figures describe one change: the multiple is named a rise by the noun
 * right after it ("jump", "increase", "rise", "growth"; "-fold" counts), the rate follows it in the same
 * sentence after a restating cue (", i.e.", ", or", ", that is", "—"), is named a rise by its own words
 * ("up", "an increase of", "growth of"), and no other figure but a stretch of time stands between them.
 * A multiple of a level ("4x the size") or a Chinese 增长了N倍 (ambiguousGrowth.ts) is never read. The
 * cue ties the two figures, so the reading is explicit.
 */
import type { Quantity } from '../../model';
import { HEDGE_EN } from './cues';
import { shift, scale } from '../intervals';
import { checkable, intervalOf } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, isDuration, type SentenceView } from './view';

/** The multiple's own noun of rising right after it: "x jump", "-fold increase", "times growth". */
const RISE_AFTER_MULTIPLE = /^(?:\s*(?:x|×|times|-?fold))?\s+(?:jump|increase|rise|gain|growth|climb|surge)\b/i;
/** From the multiple to the rate: a few words, a restating cue, the rate's words of rising. */
const CUE_TO_RATE = new RegExp(
  `^[^\\d;:.!?]{0,60}?(?:,\\s*(?:i\\.e\\.,?|or|that is,?|meaning)|\\s[—–]|\\(\\s*(?:i\\.e\\.,?)?)\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:up|an?\\s+(?:increase|rise|gain|jump)\\s+of|growth\\s+of)\\s+(?:${HEDGE_EN}\\s+)?$`,
  'i',
);

function betweenAreDurations(view: SentenceView, a: Quantity, b: Quantity): boolean {
  return view.quantities.every((q) => q.end <= a.start || q.start >= b.end || q === a || q === b || isDuration(q));
}

export const multipleAsRate: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  if (view.lang !== 'en') return out;
  for (const m of view.quantities) {
    if (m.kind !== 'multiple' || !checkable(m) || m.value <= 1) continue;
    const tail = view.text.slice(m.end - view.span.start);
    if (!RISE_AFTER_MULTIPLE.test(tail)) continue;
    const p = view.quantities.find((q) => q.start > m.end && !isDuration(q));
    if (!p || p.kind !== 'percent' || !checkable(p) || !betweenAreDurations(view, m, p)) continue;
    if (!CUE_TO_RATE.test(gapBetween(view, m, p))) continue;
    out.push({
      check: 'arith.growth',
      result: p,
      operands: [m],
      computed: shift(scale(intervalOf(m), 100), -100),
      formula: `(${m.text} − 1) × 100%`,
      certainty: 'explicit',
      lang: view.lang,
    });
  }
  return out;
};
