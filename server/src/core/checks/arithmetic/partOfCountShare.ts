/**
 * A share restating a part written as "N of M": "4 of 25 points, about 16%", "7 of 40 board seats, or
 * 17.5%", "12 of 30 (40%)". The words "N of M" make N a part of M, and a share right after them that a
 * restating cue introduces (", or", ", about", "(", ", i.e.") is N ÷ M × 100.
 *
 * Only the tight form: N a bare number (no currency, no unit of its own), "of" (or "of the") and M at once,
 * at most two words naming M's unit after it, then the cue and the share. A bare comma is no cue (", 80% of
 * the market" after "one of 3 suppliers" is another figure), and a share followed by "of" names its own
 * whole. The words tie all three figures, so the reading is explicit.
 */
import type { Quantity } from '../../model';
import { HEDGE_EN } from './cues';
import { checkable } from './operands';
import { writtenShare, type RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, neighbour, textAfter } from './view';

const OF = /^\s+of\s+(?:the\s+)?$/i;
/** After M: its unit's words, then a restating cue (a hedge or "or" is needed after a comma). */
const TO_SHARE = new RegExp(`^(?:\\s+[a-z][\\w-]*){0,2}\\s*(?:\\(\\s*(?:${HEDGE_EN}\\s+)?|[,—–]\\s*(?:(?:or|i\\.e\\.,?|that is,?)\\s+(?:${HEDGE_EN}\\s+)?|${HEDGE_EN}\\s+))$`, 'i');
/** What may follow the share: the end of a phrase, never "of" (a share of another whole) nor a noun. */
const SHARE_ENDS = /^\s*(?:$|[,.;:)—–]|\s(?:and|to|in|while|but|from)\b)/i;

const isCount = (q: Quantity | undefined): q is Quantity =>
  !!q && (q.kind === 'number' || q.kind === 'count') && !q.currency && checkable(q) && q.value >= 0 && Number.isFinite(q.value);

export const partOfCountShare: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  if (view.lang !== 'en') return out;
  for (const p of view.quantities) {
    if (p.kind !== 'percent' || !checkable(p)) continue;
    const whole = neighbour(view, p, -1);
    const part = whole && neighbour(view, whole, -1);
    // "3 of 29 points": a whole of points (growth points) is a count of them too.
    const wholeOk = !!whole && checkable(whole) && (whole.kind === 'points' || isCount(whole));
    if (!isCount(part) || !whole || !wholeOk || part.unit || whole.value <= 0 || part.value > whole.value) continue;
    if (!OF.test(gapBetween(view, part, whole)) || !TO_SHARE.test(gapBetween(view, whole, p))) continue;
    if (!SHARE_ENDS.test(textAfter(view, p, 12))) continue;
    out.push(writtenShare(view.lang, p, part, whole, 'explicit'));
  }
  return out;
};
