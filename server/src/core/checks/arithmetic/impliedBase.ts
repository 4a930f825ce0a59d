/**
 * A year-earlier figure worked back from the current one and its growth rate: "net income was NT$374.7
 * billion, up 57% year on year, which puts the year-earlier quarter at about NT$239 billion",
 * "净利润3746.8亿新台币，同比增长57%，照此推算上年同期约为2386亿新台币". The earlier figure is the current
 * one divided by 1 + the rate (1 − the rate for a fall).
 *
 * The reading needs all of: an amount, then right after it (a comma at most) a rate with a direction word
 * ("up", "rose", 增长, 下降); then, in the same clause or one opened by 照此/据此/由此 ("on that arithmetic"),
 * a like amount introduced by words that name the year-earlier figure (year-earlier, a year ago, prior
 * year, 上年同期, 去年同期) and a copula ("at", "was", 约为). A sequential rate (环比, quarter on quarter)
 * is not over a year-earlier base: nothing is read. "up 57% from X" is growth.ts's reading.
 *
 * A figure the words call the difference ("比上年多出约339.5亿美元", "增加了", "which puts the increase over
 * the prior year at $33.9 billion") is not the earlier level but the gap to it: it is checked as current −
 * current ÷ (1 + rate), each figure at its written precision.
 */
import type { Quantity } from '../../model';
import { div, mul, scale, shift, type Interval } from '../intervals';
import { DIFF_BEFORE_ZH, HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { ownMetric } from './measures';
import { claimOf, gapBetween, type SentenceView } from './view';
import { statedDifference } from './growth';

/** The words before the stated figure name a change, not a level: "the increase over the prior year at". */
const DIFFERENCE_NOUN = /\b(?:increase|rise|gain|jump|difference|addition|decrease|decline|drop|fall|shortfall)\b|增量|增加额|增额|差额|多出|减少额/i;

const RATE_EN = new RegExp(`^\\s*,?\\s*(?:(?:was|were|is|are|came in)\\s+)?(?:(up|rising|rose|grew|growing|increased|jumped|gained|climbing)|(down|falling|fell|declined|dropped|shrank))\\s+(?:by\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
const RATE_ZH = new RegExp(`^\\s*[，,]?\\s*(?:同比)?(?:(增长|上升|提高|增加|上涨|大增)|(下降|减少|下滑|下跌))了?\\s*(?:${HEDGE_ZH})?\\s*$`);
const SEQUENTIAL = /环比|sequential|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|from the (?:previous|prior|last) quarter/i;

/** English states the working back: "which puts", "implying", "that means"; a bare "a year earlier were" may be another measure's. */
const INFERS_EN = /\b(?:puts?|putting|implies|implying|imply|means|meaning|making|makes|works? out|working back|which leaves|leaving)\b/i;
/** "from a year earlier" names the base without a figure: it is no "from X" reading. */
const FROM_NO_FIGURE = /\bfrom (?:a|the) year (?:earlier|ago|before)|\bfrom the (?:prior|previous) year|\bfrom last year\b/gi;
const EARLIER_EN = /\b(?:year[- ](?:earlier|ago)|prior[- ]year|previous[- ]year|last year['’]s|a year (?:earlier|before|ago)|same (?:quarter|period|month) (?:a|last) year)\b/i;
const COPULA_EN = new RegExp(`\\b(?:at|of|was|were|is|stood at|came to|to|around|near)\\s*(?:${HEDGE_EN}\\s+)?$`, 'i');
const EARLIER_ZH = /上年同期|去年同期|上一年同期|一年前|上年|去年/;
const COPULA_ZH = new RegExp(`(?:约为|约是|约|为|是|在|达|大约|大概|有)+\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "; 照此推算," "; on that arithmetic,": a later clause that says it computes from the one before. */
const FROM_THIS = /^\s*(?:照此|据此|由此|按此|以此)(?:推算|计算|倒推|估算)?|^\s*(?:on (?:that|this) (?:arithmetic|basis)|working back|by that arithmetic)\b/i;
const NOT_BASE = /\bfrom\b|而|但|while|whereas/i;

function direction(view: SentenceView, between: string): 'up' | 'down' | undefined {
  const m = (view.lang === 'zh' ? RATE_ZH : RATE_EN).exec(between);
  if (!m) return undefined;
  return m[1] ? 'up' : 'down';
}

/** The words between the rate and the stated earlier figure name it, within one clause or a 照此 one. */
function namesEarlier(view: SentenceView, gap: string): boolean {
  gap = gap.replace(FROM_NO_FIGURE, ' ');
  if (gap.length > 90 || NOT_BASE.test(gap) || SEQUENTIAL.test(gap)) return false;
  const parts = gap.split(/[;；。]/);
  if (parts.length > 2 || (parts.length === 2 && !FROM_THIS.test(parts[1].replace(/^[\s，,]*/, '')))) return false;
  const last = parts[parts.length - 1];
  // "较上年减少了": a change verb ends the words before a difference as a copula ends those before a level.
  return view.lang === 'zh' ? EARLIER_ZH.test(last) && (COPULA_ZH.test(last) || DIFF_BEFORE_ZH.test(last)) : INFERS_EN.test(last) && EARLIER_EN.test(last) && COPULA_EN.test(last);
}

/** Both figures bound to metrics, and not the same one: "上年同期的营收" after a net income is another measure. */
function otherMeasure(view: SentenceView, a: Quantity, b: Quantity): boolean {
  const ma = ownMetric(claimOf(view, a));
  const mb = ownMetric(claimOf(view, b));
  return ma !== undefined && mb !== undefined && ma !== mb;
}

/** current − current ÷ (1 ± rate): current × r ÷ (1 + r) up, current × r ÷ (1 − r) down (each monotonic in r). */
function differenceOf(current: Quantity, rate: Quantity, dir: 'up' | 'down'): Interval {
  const r = scale(intervalOf(rate), 0.01);
  const f = (x: number | null) => (x === null ? null : dir === 'up' ? x / (1 + x) : x / (1 - x));
  return mul(intervalOf(current), { low: f(r.low), high: f(r.high) });
}

function earlierOf(current: Quantity, rate: Quantity, dir: 'up' | 'down'): Interval {
  const factor = shift(scale(intervalOf(rate), dir === 'up' ? 0.01 : -0.01), 1);
  return div(intervalOf(current), factor);
}

export const impliedBase: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  const qs = view.quantities;
  for (let i = 1; i + 1 < qs.length; i++) {
    const rate = qs[i];
    const current = qs[i - 1];
    if (rate.kind !== 'percent' || !checkable(rate) || !checkable(current) || (current.kind !== 'money' && current.kind !== 'count')) continue;
    const lead = gapBetween(view, current, rate);
    const dir = direction(view, lead);
    if (!dir || SEQUENTIAL.test(view.text.slice(rate.end - view.span.start, rate.end - view.span.start + 24))) continue;
    // The stated earlier figure: the next like amount, past other rates or margins only.
    const result = qs.slice(i + 1).find((q) => q.kind !== 'percent' && q.kind !== 'points');
    if (!result || !checkable(result) || !sameDimension(current, result)) continue;
    const gap = gapBetween(view, rate, result);
    if (!namesEarlier(view, gap) || otherMeasure(view, current, result)) continue;
    if (statedDifference(view, result) || DIFFERENCE_NOUN.test(gap)) {
      out.push({
        check: 'arith.growth',
        result,
        operands: [current, rate],
        computed: differenceOf(current, rate, dir),
        formula: `${current.text} − ${current.text} ÷ (1 ${dir === 'up' ? '+' : '−'} ${rate.text})`,
        certainty: 'explicit',
        lang: view.lang,
      });
      continue;
    }
    out.push({
      check: 'arith.growth',
      result,
      operands: [current, rate],
      computed: earlierOf(current, rate, dir),
      formula: `${current.text} ÷ (1 ${dir === 'up' ? '+' : '−'} ${rate.text})`,
      certainty: 'explicit',
      lang: view.lang,
    });
  }
  return out;
};
