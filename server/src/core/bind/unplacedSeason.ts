/**
 * "…then $25 billion over the holidays and $27 billion in the March 2025 quarter": a figure with a time
 * phrase of its own that names no calendar span ("over the holidays", "during the holiday season", "in
 * the festive quarter") is of that time, which the calendar cannot place. It takes no other clause's
 * period: read alone, the next conjunct's quarter took it and it was judged against that quarter.
 *
 * Only the phrase right after the figure (a measure word or two between at most).
 */
import type { Quantity } from '../model';

const SEASON_AFTER =
  /^(?:\s+(?:of|in)\s+[A-Za-z-]+(?:\s+[A-Za-z-]+)?)?\s*,?\s+(?:over|during|in|through|across|for|around)\s+(?:the\s+|this\s+|last\s+|that\s+)?(?:holidays|holiday\s+(?:season|period|quarter|months)|festive\s+(?:season|period|quarter)|Christmas(?:\s+(?:season|period|quarter))?)(?![A-Za-z])/i;

/** Whether q is dated by a time phrase of its own that no calendar span gives. */
export function inUnplacedSeason(text: string, q: Quantity, sentenceEnd: number): boolean {
  return SEASON_AFTER.test(text.slice(q.end, Math.min(sentenceEnd, q.end + 80)));
}
