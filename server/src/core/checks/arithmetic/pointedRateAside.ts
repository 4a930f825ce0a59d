/**
 * A rate that points back at the change of the sentence before while its own sentence says that change
 * again in other terms: "That is about $40 billion more in a year, an increase of roughly 25%", "That is
 * an increase of about 70% in eight months, or some $300 million a month".
 *
 * paragraphChange.ts reads a rate that points back ("That is…", "这意味着…") only when its sentence writes
 * no other amount, since any such amount could be a value of the series the rate is over. Two amounts
 * cannot be: one written as the change itself right before the rate ("$40 billion more, an increase of",
 * growth.ts: statedDifference), and one at a cadence of its own introduced by ", or" after the rate ("or
 * $300 million a month": the same change spread over months). Such an aside is the change restated, not
 * an operand. This reading drops those asides from the sentence and hands what is left to the readers of
 * a rate that points back (paragraphChange.ts, yearPairRate.ts), so the pair is chosen by exactly their
 * rules (same series, one answer, the from–to words or the years ordering it). Probable, no fix, as there.
 */
import type { Quantity } from '../../model';
import { cadenceOf } from './annualized';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { statedDifference } from './growth';
import { paragraphChange } from './paragraphChange';
import { yearPairRate } from './yearPairRate';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, isDuration, textBefore, type SentenceView } from './view';

/** The sentence opens by pointing back: "That is", "That's", "This was", "这意味着". */
const POINTS_BACK = /^\s*(?:that|this)(?:['’]s|\s+(?:is|was|would be|means|makes))\b|^\s*(?:这意味着|这相当于|也就是说|换言之)/i;
/** Between a stated change and the rate: a comma, then the rate's noun ("an increase of about"). */
const DIFFERENCE_TO_RATE = /^[^\d;；。]{0,30}?[,，]\s*(?:or\s+)?((?:an?\s+)?(?:increase|rise|jump|gain|growth|decrease|decline|drop|fall|增长|增幅|下降|降幅))/i;
/** ", or about $300 million a month", "，或每月约": a restatement after the rate. */
const OR_AFTER = new RegExp(`[,，]\\s*(?:or|即|相当于)\\s+(?:(?:a bit|a little|slightly|just)\\s+)?(?:${HEDGE_EN}\\s+)?$|[，,]\\s*(?:即|相当于)(?:每月|每天|每季度?)?(?:${HEDGE_ZH})?$`, 'i');

function isRate(q: Quantity): boolean {
  return q.kind === 'percent';
}

/** An aside: the amount and the words that make it one ("about $40 billion more in a year,", ", or some … a month"). */
interface Aside {
  q: Quantity;
  from: number;
  to: number;
}

/** The amounts of the sentence that restate the change the rate describes, or nothing when any other amount stands. */
function asidesOf(view: SentenceView, r: Quantity): Aside[] | undefined {
  const asides: Aside[] = [];
  for (const q of view.quantities) {
    if (q === r || isDuration(q)) continue;
    if (q.kind === 'percent' || q.kind === 'multiple' || q.kind === 'ratio') return undefined;
    if (q.end <= r.start) {
      const link = DIFFERENCE_TO_RATE.exec(gapBetween(view, q, r));
      if (!statedDifference(view, q) || !link) return undefined;
      asides.push({ q, from: q.start, to: q.end + link[0].indexOf(link[1]) });
    } else {
      const cadence = cadenceOf(view, q);
      const or = OR_AFTER.exec(textBefore(view, q, 40));
      if (!or || !cadence || gapBetween(view, r, q).length > 40) return undefined;
      asides.push({ q, from: q.start - or[0].length, to: q.end + cadence.after });
    }
  }
  return asides.length > 0 ? asides : undefined;
}

/** The sentence without its asides: their quantities dropped and their words blanked (same length, so offsets hold). */
function withoutAsides(view: SentenceView, asides: Aside[]): SentenceView {
  let text = view.text;
  for (const a of asides) {
    const from = a.from - view.span.start;
    const to = a.to - view.span.start;
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  const dropped = new Set(asides.map((a) => a.q));
  return { ...view, text, quantities: view.quantities.filter((q) => !dropped.has(q)) };
}

export const pointedRateAside: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  if (!ctx.earlier?.length || !POINTS_BACK.test(view.text)) return out;
  const rates = view.quantities.filter(isRate);
  if (rates.length !== 1) return out;
  const [r] = rates;
  const asides = asidesOf(view, r);
  if (!asides) return out;
  const trimmed = withoutAsides(view, asides);
  for (const read of [paragraphChange, yearPairRate]) {
    const found = read(trimmed, ctx).filter((o) => o.result === r);
    if (found.length === 0) continue;
    for (const o of found) out.push({ ...o, noFix: true, certainty: o.certainty === 'explicit' ? 'probable' : o.certainty });
    break;
  }
  return out;
};
