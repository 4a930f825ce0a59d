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
  String.raw`(?<![A-Za-z])(?:grew|grown|grows|grow|growing|rose|risen|rises|rising|increased|increases|increasing|jumped|jumps|jumping|climbed|climbs|climbing|gained|gains|gaining|surged|surges|surging|soared|soars|soaring|expanded|expands|expanding|widened|widens|widening|deepened|deepens|deepening|swelled|swollen|swells|ballooned|balloons|multiplied|up|added|adds|adding|add)(?:\s+(?:by|another|an\s+extra|a\s+further|${HEDGE_EN}))*\s*$`,
  'i',
);
const RISE_BEFORE_ZH = new RegExp(`(?:增长|增加|上涨|上升|提升|提高|扩大|翻|暴涨|飙升|激增|猛增|跃升|多出|多了|多赚|多花|多投|多付|多支出|净增|新增)(?:了|${HEDGE_ZH})*\\s*$`);
/**
 * "明年的1600亿元比今年的1500亿元多100亿元", "比去年少约20亿元", "较上年多约5亿": a bare 多 or 少 after a
 * comparison with 比/较 in the same clause (a digit group's comma is no clause break) writes the figure as the gap between the two, not a level. 多 of
 * 至多, 最多, 顶多 ("at most"), 差不多 ("about"), 许多/很多/不少/多少 is no comparative, nor is 多达 ("as many as": a level),
 * and 比如, 比例, 比重, 比率, 比较, 较为 are no comparison. Group 1 is 多, 高 or 贵 (a rise), group 2 少, 低 or
 * 便宜 (a fall: "比GPT-4o便宜0.5美元" is how much cheaper, not the price);
 * 了/出 may follow ("多出了", "少了", "低了"), and any words of the clause may stand between 比 and the verb
 * ("比按实际均值少了二十多亿元").
 */
export const COMPARED_EXCESS_ZH = /(?:比|较)(?!如|例|重|率|较|为)(?:[^，,。；;！？!?]|(?<=\d),(?=\d)){1,30}?(?:((?<![至最顶许很众诸更差大不多])多|(?<![最提])高|贵)|(少|低|便宜))(?:了|出){0,2}(?:约|大约|近|将近|接近|超过|逾)?\s*$/;

/**
 * A noun of rising, or "more"/"higher", right after the figure ("a 2.5x increase", "$34B more than",
 * "spent $10 billion more on capex in 2024 than the year before"): "$X more" is a difference however many
 * words stand before its "than", or with none ("$2 billion more this year"). "More or less" is a hedge.
 */
const RISE_AFTER_EN = /^\s*(?:(?:increase|rise|jump|gain|surge)\b|(?:more|higher)\b(?!\s+or\s+less)|(?:of|in)\s+(?:additional|extra|incremental)\b)/i;
/**
 * "2.5倍的增长", "实现5倍增长": only after a multiple. After an amount, 增长 is the verb whose subject the
 * amount is ("比上一财年的609亿美元增长126%": the baseline that grew), not a noun of the amount.
 */
const RISE_AFTER_ZH = /^\s*的?(?:增长|增幅|涨幅)/;

/** How far before the figure the verb of rising (or, in changeDirection.ts, of falling) is looked for. */
export const REACH = 40;

export function writtenAsRise(text: string, q: Quantity, within?: Span): boolean {
  return riseWords(text, q, within) !== undefined;
}

/**
 * Where the words writing q as a rise stand, if any. `within` bounds the reading: a table cell's figure
 * is worded by its own cell only ("| $380 million | more than $3 billion |": the next cell's "more than"
 * is that cell's floor, not a rise of this one), and the pipes between cells are blanked in the text.
 */
export function riseWords(text: string, q: Span, within?: Span, gapped = true): Span | undefined {
  const from = Math.max(0, q.start - REACH, within?.start ?? 0);
  const to = Math.min(q.end + REACH, within?.end ?? text.length);
  const before = text.slice(from, q.start);
  const after = text.slice(q.end, to);
  const excess = COMPARED_EXCESS_ZH.exec(before);
  const rising = RISE_BEFORE_EN.exec(before) ?? RISE_BEFORE_ZH.exec(before) ?? (excess?.[1] ? excess : null);
  if (rising) return { start: from + (rising === excess ? rising.index + rising[0].lastIndexOf('多') : rising.index), end: q.start };
  const noun = RISE_AFTER_EN.exec(after) ?? ('kind' in q && q.kind === 'multiple' ? RISE_AFTER_ZH.exec(after) : null);
  if (noun) return { start: q.end, end: q.end + noun[0].length };
  return gapped && !within ? gappedRise(text, q) : undefined;
}

/** How far back a gapped conjunct looks for the figure whose verb it shares. */
const GAP_REACH = 100;
/**
 * A figure after "and" whose verb is gapped: the earlier figure's last digit (and scale), then at most
 * what that figure measures and when ("of sales in fiscal 2024"), then "and" and hedges ("and roughly").
 */
const CONJUNCT_BEFORE_EN = new RegExp(
  String.raw`\d(?:\s*(?:trillion|billion|million|thousand|bn|tn|mn|m|k)(?![A-Za-z]))?(?=((?:\s+(?:of|in|for|during|over)\s+(?:[A-Za-z]+\s+){0,2}(?:[A-Za-z]+|\d{4}))*\s*,?\s+and\s+(?:${HEDGE_EN}\s+)*$))`,
  'i',
);
const CONJUNCT_BEFORE_ZH = new RegExp(`\\d(?:万亿|亿|万)?(?:美元|元|人民币)?(?=((?:和|以及|及|、)(?:${HEDGE_ZH})*$))`);
/** The earlier figure itself, ending where the conjunct pattern found its last digit or scale. */
const FIGURE_END = /[$€£¥]?\s*\d[\d.,]*(?:\s*(?:trillion|billion|million|thousand|bn|tn|mn|m|k|万亿|亿|万)(?![A-Za-z]))?(?:美元|元|人民币)?$/i;
/** A cheap test before the conjunct patterns: "and" a few words back, or 和/及/、 just before. */
const MAY_FOLLOW_AND = /\band\s+(?:\S+\s+){0,3}$|[和及、]\S{0,4}$/i;
/** A figure's currency sign, or "digit" when it opens with its number. */
const lead = (figure: string) => (/^\d/.test(figure) ? 'digit' : figure[0]);
/** "… and $50 billion in total": a total after the conjunction is a level, not a second rise. */
const TOTAL_AFTER = /^\s*(?:in\s+(?:total|all)|overall|altogether|in\s+aggregate)\b|^\s*的?(?:总额|合计|总计)/i;

/**
 * "added about $34 billion of sales in fiscal 2024 and roughly $70 billion in fiscal 2025", "分别增加了
 * 340亿美元和700亿美元": a figure joined by "and" (和, 、) to an earlier figure written the same way ("$"
 * before both, 美元 after both) shares that figure's verb; when the earlier one is written as a rise, so
 * is it. Only what the earlier figure measures and when may stand between the two: a verb of its own
 * ("and reached $130 billion") ends the sharing, as does a total after the figure.
 */
function gappedRise(text: string, q: Span): Span | undefined {
  const from = Math.max(0, q.start - GAP_REACH);
  const before = text.slice(from, q.start);
  if (!MAY_FOLLOW_AND.test(before)) return undefined;
  const conjunct = CONJUNCT_BEFORE_EN.exec(before) ?? CONJUNCT_BEFORE_ZH.exec(before);
  if (!conjunct || TOTAL_AFTER.test(text.slice(q.end, q.end + 24))) return undefined;
  const prevEnd = from + conjunct.index + conjunct[0].length;
  const figure = FIGURE_END.exec(text.slice(Math.max(0, prevEnd - 30), prevEnd));
  if (!figure) return undefined;
  const prev = { start: prevEnd - figure[0].length, end: prevEnd };
  const own = text.slice(q.start, q.end);
  const earlier = figure[0].trimStart();
  if (lead(own) !== lead(earlier) || /\d$/.test(own) !== /\d$/.test(earlier) || (!/\d$/.test(own) && own.slice(-2) !== earlier.slice(-2))) return undefined;
  return riseWords(text, prev, undefined, false);
}

/** A verb of falling right before the figure, with a hedge or "by" at most between. */
const FALL_BEFORE_EN = new RegExp(
  String.raw`(?<![A-Za-z])(?:fell|fallen|falls|falling|dropped|drops|dropping|declined|declines|declining|decreased|decreases|slid|slides|sliding|slipped|slips|plunged|plunges|plunging|tumbled|tumbles|sank|sinks|shed|sheds|lost|loses|losing|narrowed|narrows|narrowing|shrank|shrunk|shrinks|shrinking|contracted|contracts|down)(?:\s+(?:by|another|a\s+further|${HEDGE_EN}))*\s*$`,
  'i',
);
const FALL_BEFORE_ZH = new RegExp(`(?:下跌|下降|下滑|减少|降低|缩水|收窄|缩小|暴跌|大跌|跌|回落)(?:了|${HEDGE_ZH})*\\s*$`);
/** A noun of falling right after the figure ("a 17% drop", "17%的跌幅"). */
const FALL_AFTER = /^\s*(?:(?:drop|decline|fall|plunge|slide|loss)\b|的?(?:跌幅|降幅|下跌|下滑))/i;

/**
 * "50 cents below GPT-4o's $2.50", "$1 cheaper than", "$3 billion less than", "$2 above", "$5 billion short
 * of": a figure directly followed by a word placing it under or over another figure is the distance
 * between the two, not a level ("o3's input price is now 50 cents below GPT-4o's" does not price o3 at 50
 * cents). Only touching the figure: "$5, below GPT-4o's" (a comma between) gives the level and then
 * compares it. "above-market" is an adjective of what follows. ("more"/"higher" are RISE_AFTER_EN.)
 */
const GAP_AFTER_EN = /^\s*(?:below|above|less|lower|cheaper|dearer|short\s+of)(?![\w-])/i;

/**
 * "比按实际均值少了二十多亿元", "较上年低了约5亿", "比GPT-4o便宜0.5美元", "50 cents below GPT-4o's $2.50": the
 * amount is how far short of (or over) the compared figure it falls, a gap between two figures, never
 * either one's level (the 少 of COMPARED_EXCESS_ZH; 多 before the figure is a rise).
 */
export function comparedShortfall(text: string, q: Span, within?: Span): boolean {
  const from = Math.max(0, q.start - REACH, within?.start ?? 0);
  if (COMPARED_EXCESS_ZH.exec(text.slice(from, q.start))?.[2] !== undefined) return true;
  return GAP_AFTER_EN.test(text.slice(q.end, Math.min(q.end + REACH, within?.end ?? text.length)));
}

/** The words touching q write it as a fall ("down 3 points", "fell 17%", "a 17% drop", 下降了3个百分点). */
export function writtenAsFall(text: string, q: Span): boolean {
  const before = text.slice(Math.max(0, q.start - REACH), q.start);
  const after = text.slice(q.end, q.end + REACH);
  return FALL_BEFORE_EN.test(before) || FALL_BEFORE_ZH.test(before) || FALL_AFTER.test(after);
}

/**
 * An amount or count a verb of falling touches ("the loss narrowed by $120 million", "revenue fell by $2
 * billion", 亏损收窄约2亿元) is how far the measure fell, never its level, and no measure records a
 * decrease: it binds no metric. "lost"/"loses"/"losing" are left out: "lost $5 billion" states the loss
 * itself, a level of net loss.
 */
const LOSS_LEVEL_BEFORE_EN = /(?<![A-Za-z])(?:lost|loses|losing)(?:\s+\S+){0,2}\s*$/i;
function amountWrittenAsFall(text: string, q: Span, within?: Span): boolean {
  const from = Math.max(0, q.start - REACH, within?.start ?? 0);
  const before = text.slice(from, q.start);
  if (!(FALL_BEFORE_EN.test(before) || FALL_BEFORE_ZH.test(before))) return false;
  return !LOSS_LEVEL_BEFORE_EN.test(before);
}

/**
 * "up 13 percentage points from", "down 2 points", "增加了3个百分点", "5 points higher than": a figure in
 * points written as a rise or fall is a change of a share or rate, never the level of a points measure
 * (a contribution to growth). "AI added 8 points to growth" and "拉动增长8个百分点" write the contribution
 * itself: add, and 增长 after a driving verb, are no change of it.
 */
/** "拉动Azure增长7个百分点", "贡献了增长的": the 增长 a driver lifts by the points is the contribution's own wording. */
const DRIVES_GROWTH_ZH = /(?:拉动|带动|贡献|推动)[^，,。；;]{0,12}$/;

export function writtenAsPointsChange(text: string, q: Quantity, within?: Span): boolean {
  if (q.kind !== 'points') return false;
  const rise = riseWords(text, q, within);
  if (rise) return !/^add/i.test(text.slice(rise.start, rise.end)) && !DRIVES_GROWTH_ZH.test(text.slice(Math.max(0, rise.start - 16), rise.start));
  return writtenAsFall(text, q);
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
 * one's level nor its increase: no metric. An amount written as a rise of a level whose increase the base
 * does not record ("资本开支比上一年多花了约100亿美元", "capex was up $10 billion") is no metric either: a
 * difference is never the level's figure, nor is an amount a comparison falls short by ("比…少了二十多亿元"). Unless the rise words are the measure's own name, the trigger
 * that bound it ("could add" of economic value added, 单日市值增加 of a one-day gain): then the measure is
 * a change already. An amount written as a fall binds no metric either (amountWrittenAsFall). A count reads the same way ("月活比第二季度增加2亿", "added 200 million monthly users"):
 * the users added, not the users.
 */
export function boundAsWritten(
  metric: Binding<string> | undefined,
  q: Quantity,
  text: string,
  clauseMentions: readonly Span[],
  kb: BindingKnowledge,
  within?: Span,
): Binding<string> | undefined {
  if (!metric) return metric;
  if (!admitsAsWritten(metric.value, q, text, kb)) return undefined;
  if (writtenAsPointsChange(text, q, within)) return undefined;
  // Amounts and counts: "月活比第二季度增加2亿" adds users as "capex was up $10 billion" adds dollars.
  if (q.kind !== 'money' && q.kind !== 'count' && q.kind !== 'number') return metric;
  if (comparedShortfall(text, q, within)) return undefined;
  const rise = riseWords(text, q, within);
  if (!rise) return amountWrittenAsFall(text, q, within) ? undefined : metric;
  if (clauseMentions.some((m) => isComparisonObject(text, m, q))) return undefined;
  const increase = [...kb.metrics.values()].find((m) => m.growthOf === metric.value && m.kinds.includes(q.kind));
  if (increase) return { ...metric, value: increase.id };
  const namesTheRise = metric.span !== undefined && metric.span.start < rise.end && rise.start < metric.span.end;
  return namesTheRise ? metric : undefined;
}
