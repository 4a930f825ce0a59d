/**
 * Whether a clause is nothing but a period and a figure ("2023年为150亿美元", "and $27B in FY2023", "2023年这一
 * 比例为45%"): such a clause names no measure of its own, so the figure continues the series or the measure
 * the sentence before named (metrics.ts, pointedMeasure.ts, linkedClause.ts).
 */
import type { Quantity } from '../model';
import { MONTH_FULL_NAME_EN } from '../text/monthNames';

/**
 * Words a bare "period + number" clause may hold besides the number ("2024年", "in Q3 2024", "and"),
 * a copula included ("2023财年为150亿美元", "1月24日时为100万次", "FY2023 was $27B") and a focus word
 * ("2022年仅0.75亿元", "only $27B in FY2023"), or a word that points back at the measure before ("2023年这一比例为45%",
 * "that share was 35% in 2023"): it links the period to the figure and names no other measure.
 * Any other period the period reader understands is blanked before (bindMetric).
 */
const BARE_WORDS = new RegExp(
  String.raw`(?:\d{4}\s*年|\d{1,2}\s*月(?:份)?|\d{1,2}\s*日|第?[一二三四1-4]\s*季度|[上下]半年|全年|财年|财季|年度|(?:19|20)\d{2}|FY\s*\d{2,4}|Q[1-4]|H[12]|(?:这一|这个|该|此|同一)(?:比例|占比|份额|数字|数据|数值)|\b(?:this|that|the\s+same)\s+(?:figure|number|share|ratio|proportion)\b|则?为|则?是|时|仅|只有|只|\b(?:in|and|only|just|alone|for|the|of|fiscal|year|quarter|was|were|${MONTH_FULL_NAME_EN})\b|[\s,，。.!?！？;；:：、()（）*_-])`,
  'gi',
);

/**
 * An appositive that restates the figure before it as a count: "98% of GPU shipments, about 376,000
 * units". Not an amount: "Microsoft was 62% of revenue, roughly $1.19 billion" is the revenue from the
 * customer, not the customer's revenue.
 */
const COUNT_APPOSITIVE_WORDS = /\b(?:about|around|roughly|nearly|almost|approximately|some|units)\b/gi;

/**
 * A hedge in a dated clause ("2023年约为34亿元", "and about $32 billion in 2023") says how exact the entry
 * is, not what it measures. Only with a period: an undated hedged amount after a share ("62% of revenue,
 * roughly $1.19 billion", "占收入的62%，约11.9亿美元") restates the share as money, no series entry.
 */
const HEDGE_WORDS = /约|大约|\b(?:about|around|roughly|approximately)\b/gi;

/** The clause is nothing but the number and period words (no word that could name another measure). */
export function bareClause(clause: string, q: Quantity, dated = false): boolean {
  const at = clause.indexOf(q.text);
  if (at < 0) return false;
  let rest = clause.slice(0, at) + ' ' + clause.slice(at + q.text.length);
  if (q.kind === 'count' || q.kind === 'number') rest = rest.replace(COUNT_APPOSITIVE_WORDS, '');
  if (dated) rest = rest.replace(HEDGE_WORDS, '');
  return rest.replace(BARE_WORDS, '').length === 0;
}
