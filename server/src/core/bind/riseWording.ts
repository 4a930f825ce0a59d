/**
 * A figure written as a rise measures a change, not a level: "一个季度增长约1.7倍", "翻了两倍", "sales
 * grew 1.7 times", "up 3-fold", "a 2.5x increase", "added about $34 billion of revenue", "比上年多出340亿
 * 美元", "$34 billion more than". The words that say so stand right before the figure (the verb of
 * rising, a hedge at most between) or right after it (a noun of rising, "more than").
 *
 * Binding reads it twice (metrics.ts, index.ts):
 * - a multiple written as a rise is never a ratio of two levels at one moment (a valuation-to-revenue
 *   or a return multiple, metrics read at an instant): "增长1.7倍" says how far something grew, whatever
 *   valuation multiple the next sentence names;
 * - an amount written as a rise of a measure that records its increase (`growthOf` in metrics.yaml,
 *   revenue.increase of revenue) is that increase, not the measure's level for the period.
 * "rose to", 增至, 增长到 write the level reached: the rise words must touch the figure.
 */
import type { Binding, Quantity, Span } from '../model';
import { isComparisonObject } from './comparisonObject';
import type { BindingKnowledge } from './knowledge';
import { HEDGE_EN, HEDGE_ZH } from '../checks/arithmetic/cues';

/** A verb of rising right before the figure, with a hedge or "by" at most between. */
const RISE_BEFORE_EN = new RegExp(
  String.raw`(?<![A-Za-z])(?:grew|grown|grows|grow|growing|rose|risen|rises|rising|increased|increases|increasing|jumped|jumps|jumping|climbed|climbs|climbing|gained|gains|gaining|surged|surges|surging|soared|soars|soaring|expanded|expands|expanding|multiplied|up|added|adds|adding|add)(?:\s+(?:by|another|an\s+extra|a\s+further|${HEDGE_EN}))*\s*$`,
  'i',
);
const RISE_BEFORE_ZH = new RegExp(`(?:增长|增加|上涨|上升|提升|提高|扩大|翻|暴涨|飙升|激增|猛增|跃升|多出|多了|多赚|净增|新增)(?:了|${HEDGE_ZH})*\\s*$`);

/** A noun of rising, or "more"/"higher" + "than", right after the figure ("a 2.5x increase", "$34B more than"). */
const RISE_AFTER_EN = /^\s*(?:(?:increase|rise|jump|gain|surge)\b|(?:more|higher)\s+(?:\w+\s+){0,2}?than\b|(?:of|in)\s+(?:additional|extra|incremental)\b)/i;
/**
 * "2.5倍的增长", "实现5倍增长": only after a multiple. After an amount, 增长 is the verb whose subject the
 * amount is ("比上一财年的609亿美元增长126%": the baseline that grew), not a noun of the amount.
 */
const RISE_AFTER_ZH = /^\s*的?(?:增长|增幅|涨幅)/;

/** How far before the figure the verb of rising (or, in changeDirection.ts, of falling) is looked for. */
export const REACH = 40;

export function writtenAsRise(text: string, q: Quantity): boolean {
  const before = text.slice(Math.max(0, q.start - REACH), q.start);
  const after = text.slice(q.end, q.end + REACH);
  return RISE_BEFORE_EN.test(before) || RISE_BEFORE_ZH.test(before) || RISE_AFTER_EN.test(after) || (q.kind === 'multiple' && RISE_AFTER_ZH.test(after));
}

/**
 * Whether a metric may measure q given how q is written: a multiple written as a rise is not a ratio of
 * levels at one moment.
 */
export function admitsAsWritten(metric: string, q: Quantity, text: string, kb: BindingKnowledge): boolean {
  if (q.kind !== 'multiple') return true;
  return kb.metrics.get(metric)?.periodKind !== 'instant' || !writtenAsRise(text, q);
}

/**
 * The binding of a figure written as a rise: the increase of the bound level when the base records one
 * that admits the figure's kind (revenue → revenue.increase for an amount), no metric for a multiple
 * bound to a ratio at an instant, else as bound. An amount its clause measures against another party
 * ("比腾讯多出约150亿美元", "$15 billion more than Tencent") is a gap between two companies, neither
 * one's level nor its increase: no metric.
 */
export function boundAsWritten(
  metric: Binding<string> | undefined,
  q: Quantity,
  text: string,
  clauseMentions: readonly Span[],
  kb: BindingKnowledge,
): Binding<string> | undefined {
  if (!metric) return metric;
  if (!admitsAsWritten(metric.value, q, text, kb)) return undefined;
  if (q.kind !== 'money' || !writtenAsRise(text, q)) return metric;
  const increase = [...kb.metrics.values()].find((m) => m.growthOf === metric.value && m.kinds.includes(q.kind));
  if (!increase) return metric;
  if (clauseMentions.some((m) => isComparisonObject(text, m, q))) return undefined;
  return { ...metric, value: increase.id };
}
