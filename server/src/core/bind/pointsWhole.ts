/**
 * "AI was 6 of Azure's 30 points", "16 of 33 points": in "P of G points" the G points are the whole
 * growth the part P belongs to, the growth rate itself written in points, not a contribution to it. So
 * G takes no measure from its own unit word ("points" names both the contribution and the rate): read
 * as a contribution it would be checked against the part's facts.
 */
import type { Quantity } from '../model';

/** "6 of ", "6 of Azure's ", "8 of the ": a part before the whole, bounded to the 40 characters before it. */
const PART_OF_BEFORE = /(?<![\w.])\d+(?:\.\d+)?\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w.&-]+['’]s\s+)?$/i;

export function isPointsWhole(text: string, q: Quantity): boolean {
  return q.kind === 'points' && PART_OF_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start));
}
