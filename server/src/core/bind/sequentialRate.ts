/**
 * A change measured against the quarter before is not the year-over-year growth the base files: "cloud
 * revenue rose 34% from a year earlier and about 19% sequentially", "收入同比增长34%，环比增长约19%",
 * "a 9% quarter-over-quarter gain", "QoQ +5%". A metric that is the year-over-year change of another
 * (`growthOf` in data/metrics.yaml: revenue growth, a revenue increase) is never what a sequential rate
 * measures, so the binder leaves such a figure's measure unbound rather than check it against the
 * year-on-year fact (a reader would never compare the two). Only the figure's own wording counts: the
 * sequential word right before it (环比增长约19%, "sequential growth of 19%") or right after it ("19%
 * sequentially", "19% quarter on quarter", "a 19% sequential rise"); a 环比 said of another figure of the
 * sentence leaves this one alone.
 */
import type { Binding, Quantity } from '../model';
import type { BindingKnowledge } from './knowledge';

const HEDGE_EN = String.raw`(?:about|around|roughly|nearly|almost|some|approximately|just\s+(?:over|under)|more\s+than|over|an?)`;
const SEQUENTIAL_EN = String.raw`(?:sequential(?:ly)?|quarter[- ](?:over|on|to)[- ]quarter|q\/q|qoq|q-o-q)`;
const CHANGE_EN = String.raw`(?:growth|increase|rise|gain|jump|decline|drop|fall|change|revenue\s+growth)`;

/** The sequential word before the figure: "sequential growth of about 19%", "grew sequentially by 19%", "QoQ +19%". */
const BEFORE_EN = new RegExp(String.raw`(?<![A-Za-z])${SEQUENTIAL_EN}\s+(?:${CHANGE_EN}\s+)?(?:(?:of|was|at|by|to|were|came\s+to)\s+)?(?:${HEDGE_EN}\s+)?[+\-−]?\s*$`, 'i');
/** The sequential word after the figure: "19% sequentially", "19% quarter over quarter", "a 19% sequential rise", "19% QoQ". */
const AFTER_EN = new RegExp(String.raw`^\s*(?:%|percent|per\s+cent)?\s*(?:${SEQUENTIAL_EN}(?![A-Za-z])|(?:from|over|on|versus|vs\.?)\s+the\s+(?:previous|prior|preceding|last)\s+quarter\b)`, 'i');

/** 环比, 较上季度, 比上一季度, right before the figure with only a verb of change and a hedge between: "环比增长约19%", "较上季度下降5%", "环比+19%". */
const BEFORE_ZH =
  /(?:环比|(?:较|比|相比)(?:上一?个?季度?|前一?个?季度|上季))(?:的)?(?:增长|增加|上升|提升|提高|上涨|下降|下滑|减少|回落|下跌|增速|增幅|降幅|变化)?(?:了|为|达到?|约|近|超过?|逾|接近|大约|约为)*\s*[+＋\-−－]?\s*$/;
/** "19%的环比增长", "增长19%（环比）": the sequential word right after the figure. */
const AFTER_ZH = /^\s*(?:的)?\s*(?:环比|[(（]\s*环比\s*[)）])/;

/** The figure's own wording says its change is against the quarter before. */
export function isSequentialRate(text: string, q: Quantity): boolean {
  const before = text.slice(Math.max(0, q.start - 48), q.start);
  const after = text.slice(q.end, q.end + 40);
  return BEFORE_EN.test(before) || AFTER_EN.test(after) || BEFORE_ZH.test(before) || AFTER_ZH.test(after);
}

/** The metric, unless it is the year-over-year change of another and the figure is written as a sequential one. */
export function unlessSequential(metric: Binding<string> | undefined, text: string, q: Quantity, kb: BindingKnowledge): Binding<string> | undefined {
  if (!metric || !kb.metrics.get(metric.value)?.growthOf) return metric;
  return isSequentialRate(text, q) ? undefined : metric;
}
