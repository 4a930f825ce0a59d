/**
 * The whole a share is taken of keeps its own measure: in "Q3 cloud was 40% of the $9 billion quarter" the
 * $9 billion is the whole quarter (the company's revenue for it), not cloud's figure; "cloud" names the
 * part, the 40%. So in "<part> was P% of the $Y …" the measure words before the share do not bind $Y;
 * words after it still do ("40% of the $9 billion in revenue"). Nearness alone handed $Y the part's measure
 * and then called it a mismatch against the part's own record. The mirror of multipleYardstick.ts, where a
 * multiple's yardstick keeps its measure. Part of metric binding (metrics.ts).
 */
import type { Quantity, Span } from '../model';

/** Between the share and the whole: "of", a determiner, a hedge ("40% of the roughly $9 billion"). */
const OF_THE_WHOLE = /^\s*of\s+(?:(?:the|its|their|that|this)\s+)?(?:(?:about|around|roughly|nearly|almost|some|approximately)\s+)?$/i;

/** The share `q` is the whole of, when `q` is an amount written right after "P% of (the)". */
export function shareOfWhole(text: string, q: Quantity, clause: Span, quantities: readonly Quantity[]): Quantity | undefined {
  if (q.kind !== 'money') return undefined;
  const share = quantities.filter((o) => o.end <= q.start && o.start >= clause.start).sort((a, b) => b.start - a.start)[0];
  return share && share.kind === 'percent' && OF_THE_WHOLE.test(text.slice(share.end, q.start)) ? share : undefined;
}
