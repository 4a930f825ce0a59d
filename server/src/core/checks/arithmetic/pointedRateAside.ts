/**
 * A rate that points back at the change of the sentence before while its own sentence first says that
 * change as an amount: "That is about $40 billion more in a year, an increase of roughly 25%".
 *
 * paragraphChange.ts and yearPairRate.ts read a rate that points back ("That is…") only when no like amount
 * stands before it in its sentence, since such an amount could be a value of the series the rate is over.
 * An amount written as the change itself ("$40 billion more", growth.ts: statedDifference), joined to the
 * rate by a comma and the rate's noun of change, cannot be: it is the same change said again. This reading
 * blanks that amount (with its hedge and "more") out of the sentence and hands what is left to those two
 * readers, so the pair is chosen by exactly their rules (same series, one answer, the dates or the years
 * ordering it, the span the words state). A restatement at another cadence after the rate ("or $300
 * million a month") paragraphChange.ts already reads past. Probable, no fix, as there.
 */
import type { Quantity } from '../../model';
import { HEDGE_EN } from './cues';
import { statedDifference } from './growth';
import { paragraphChange } from './paragraphChange';
import { yearPairRate } from './yearPairRate';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, isDuration, textAfter, textBefore, type SentenceView } from './view';

/** The sentence opens by pointing back: "That is", "That’s", "This was". */
const POINTS_BACK = /^\s*(?:that|this)(?:['’]s|\s+(?:is|was|would be|means|makes))\b/i;
/** Between a stated change and the rate: a comma, then the rate's noun ("an increase of about"). */
const DIFFERENCE_TO_RATE = /^[^\d;；。]{0,30}?,\s*(?:or\s+)?(?:an?\s+)?(?:increase|rise|jump|gain|growth|decrease|decline|drop|fall)\b/i;
/** The aside's hedge and its word of excess: "about $40 billion more". */
const HEDGE_BEFORE = new RegExp(`(?:${HEDGE_EN})\\s+$`, 'i');
const EXCESS_AFTER = /^\s*(?:more|less)\b/i;

function isRate(q: Quantity): boolean {
  return q.kind === 'percent';
}

/** An aside: the amount and its words of excess ("about $40 billion more"), blanked out of the sentence. */
interface Aside {
  q: Quantity;
  from: number;
  to: number;
}

/**
 * The amount of the sentence written as the change the rate describes, or nothing when any other figure
 * stands. Only the amount, its hedge and "more"/"less" are the aside: the words after it that say how long
 * the change took ("in a single year") stay, so the readers still check the span against the dates.
 */
function asideOf(view: SentenceView, r: Quantity): Aside | undefined {
  let aside: Aside | undefined;
  for (const q of view.quantities) {
    if (q === r || isDuration(q)) continue;
    if (aside || q.end > r.start || !statedDifference(view, q) || !DIFFERENCE_TO_RATE.test(gapBetween(view, q, r))) return undefined;
    const hedge = HEDGE_BEFORE.exec(textBefore(view, q, 20));
    const excess = EXCESS_AFTER.exec(textAfter(view, q, 12));
    if (!excess) return undefined;
    aside = { q, from: q.start - (hedge ? hedge[0].length : 0), to: q.end + excess[0].length };
  }
  return aside;
}

/** The sentence without its aside: its quantity dropped and its words blanked (same length, so offsets hold). */
function withoutAside(view: SentenceView, a: Aside): SentenceView {
  const from = a.from - view.span.start;
  const to = a.to - view.span.start;
  const text = view.text.slice(0, from) + ' '.repeat(to - from) + view.text.slice(to);
  return { ...view, text, quantities: view.quantities.filter((q) => q !== a.q) };
}

export const pointedRateAside: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  if (!ctx.earlier?.length || !POINTS_BACK.test(view.text)) return out;
  const rates = view.quantities.filter(isRate);
  if (rates.length !== 1) return out;
  const [r] = rates;
  const aside = asideOf(view, r);
  if (!aside) return out;
  const trimmed = withoutAside(view, aside);
  for (const read of [paragraphChange, yearPairRate]) {
    const found = read(trimmed, ctx).filter((o) => o.result === r);
    if (found.length === 0) continue;
    for (const o of found) out.push({ ...o, noFix: true, certainty: o.certainty === 'explicit' ? 'probable' : o.certainty });
    break;
  }
  return out;
};
