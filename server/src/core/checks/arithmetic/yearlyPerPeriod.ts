/**
 * A per-month (or per-quarter) amount written after a yearly one in its sentence may be that yearly amount's
 * share of one period: "Run-rate hit $6 billion in March, from $3.6 billion last September, 1.7x in six
 * months, or about $500 million a month" ($6 billion ÷ 12), "年化收入60亿美元…，即每月约5亿美元".
 *
 * average.ts reads such an amount as a total spread over the stretch written before it ("in six months").
 * A careful reader weighs the yearly reading too: an annualized, run-rate or annual amount (annualized.ts:
 * cadenceOf, or named earlier in its clause: "年化收入从…") ÷ the periods in a year is a reading, and a number some reading explains is not flagged. An
 * amount tied to the yearly one by from–to words ("from $3.6 billion", "up from", "从…升至") is an earlier
 * level of the same yearly series, not an amount earned over the stretch: it is no total to spread.
 */
import type { Quantity } from '../../model';
import { div } from '../intervals';
import { cadenceOf } from './annualized';
import { PER_YEAR, type Cadence } from './cues';
import { checkable, intervalOf } from './operands';
import type { RelationOutcome } from './outcome';
import { gapBetween, isDuration, textBefore, type SentenceView } from './view';

/** Words joining two levels of one series: "…, from", "up from", "to", "从…升至", "较…". */
const FROM_TO = /\b(?:from|to)\b|从|升至|增至|涨至|增长到|提升到|较/i;

/** A yearly measure named earlier in the amount's clause: "Run-rate revenue went from", "年化收入从去年9月的". */
const YEARLY_MEASURE = /年化|\brun[- ]rate\b|\bannuali[sz]ed\b|\bARR\b|\bannual recurring\b/i;

function isYearly(view: SentenceView, q: Quantity): boolean {
  if (cadenceOf(view, q)?.cadence === 'year') return true;
  const clause = textBefore(view, q, 40).split(/[,，;；:：。]/).pop() ?? '';
  return YEARLY_MEASURE.test(clause);
}

/** `q` is joined to one of `yearly` by from–to words in the same clause: a level of the same series. */
function levelOfYearly(view: SentenceView, q: Quantity, yearly: Quantity[]): boolean {
  return yearly.some((y) => {
    const gap = y.start < q.start ? gapBetween(view, y, q) : gapBetween(view, q, y);
    return gap.length <= 48 && !/[;；。]/.test(gap) && FROM_TO.test(gap);
  });
}

/**
 * Yearly amounts of `x`'s currency written before it, not themselves per some other unit, with the levels
 * from–to words join to them ("Run-rate hit $6 billion, from $3.6 billion"): none of them is a total to spread.
 */
export function yearlyBefore(view: SentenceView, x: Quantity): Quantity[] {
  if (x.kind !== 'money') return [];
  const like = view.quantities.filter((q) => q.end <= x.start && q.kind === 'money' && q.currency === x.currency && !q.per && checkable(q) && !isDuration(q));
  const yearly = like.filter((q) => isYearly(view, q));
  return yearly.length === 0 ? [] : like.filter((q) => yearly.includes(q) || levelOfYearly(view, q, yearly));
}

/** "from $3.6 billion", "从去年9月的36亿美元": the older level of a from–to pair. */
const FROM_BEFORE = /(?:\bfrom|从)(?:(?!\bto\b|升至|增至|涨至|到)[^,，;；:：。]){0,16}$/i;

/**
 * Each yearly amount ÷ the periods of `x`'s cadence in a year: readings of `x` (probable, no fix). The
 * current levels come first, so that when none holds the finding names the level a monthly figure is of.
 */
export function yearlyReadings(view: SentenceView, x: Quantity, cadence: Cadence, yearly: Quantity[]): RelationOutcome[] {
  const n = PER_YEAR[cadence];
  if (n <= 1) return [];
  const older = (q: Quantity) => (FROM_BEFORE.test(textBefore(view, q, 24)) ? 1 : 0);
  return [...yearly].sort((a, b) => older(a) - older(b)).map((y) => ({
    check: 'arith.ratio',
    result: x,
    operands: [y],
    computed: div(intervalOf(y), { low: n, high: n }),
    formula: `${y.text} ÷ ${n}`,
    certainty: 'probable',
    lang: view.lang,
    noFix: true,
  }));
}
