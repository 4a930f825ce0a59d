/**
 * A day's figure carried to a year in a later sentence of its paragraph: "…日理论收入56万美元，成本9万美元。照此
 * 推算，全年理论收入约2亿美元", "理论日收入为56万美元…。若按理论收入年化，一年约2亿美元", "56万美元是实际日收入，按此
 * 年化约2亿美元". The year's amount is the day's × 365.
 *
 * annualized.ts reads a day's amount restated within its own sentence ("$2 million a day, or $730 million a
 * year"). Here the year's sentence says it works from what came before (照此, 按此, 据此, 若按…年化) and that its
 * amount is for a year (年化, 全年, 一年); the day's amount is the one amount of the same currency that its own
 * words mark as a day's (日收入, 每日, 单日) in this sentence or the nearest of the two before that has one, and,
 * when the year's amount names its measure (收入, 利润, 成本), the day's names the same. Two such day amounts,
 * and nothing is read. Probable, no fix.
 */
import type { Quantity } from '../../model';
import { mul } from '../intervals';
import { checkable, intervalOf } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { textAfter, textBefore, type SentenceView } from './view';

const DAYS = 365;
/** The sentence works from a figure before it: 照此推算, 按此年化, 据此, 若按理论收入年化. */
const ON_THAT_BASIS_ZH = /照此|按此|据此|依此|若按[^，,。；;\d]{0,8}年化|按\s*365\s*天/;
/** The amount is a year's: "全年理论收入约", "年化约", "一年约". */
const YEAR_BEFORE_ZH = /(?:年化|全年|一年)([^，,。；;\d]{0,10}?)(?:约为|约|为|是|达|达到)*\s*$/;
/** A day's amount by its own words: "日理论收入", "理论日收入为", "每日收入约". */
const DAY_BEFORE_ZH = /((?:日|每日|每天|单日)[^，,。；;\d]{0,6}?|[^，,。；;\d]{0,4}日[^，,。；;\d]{0,4}?)(?:约为|约|为|是|达|达到)*\s*$/;
const DAY_AFTER_ZH = /^\s*(?:是|为)?([^，,。；;\d]{0,4}日[^，,。；;\d]{0,4})/;
const MEASURE = /收入|营收|利润|成本|支出|花费/;

function isAmount(q: Quantity): boolean {
  return q.kind === 'money' && !!q.currency && !q.per && checkable(q);
}

/** The words marking `q` as a day's amount ("日理论收入"), or undefined when it is not one. */
function dayLabel(view: SentenceView, q: Quantity): string | undefined {
  if (!isAmount(q)) return undefined;
  const before = DAY_BEFORE_ZH.exec(textBefore(view, q, 14));
  if (before) return before[1];
  const after = DAY_AFTER_ZH.exec(textAfter(view, q, 12));
  return after ? after[1] : undefined;
}

export const dailyAnnualized: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  if (view.lang !== 'zh' || !ON_THAT_BASIS_ZH.test(view.text)) return out;
  for (const r of view.quantities) {
    if (!isAmount(r)) continue;
    const rel = r.start - view.span.start;
    const clause = view.text.slice(0, rel).split(/[，,。；;]/).pop() ?? '';
    const year = YEAR_BEFORE_ZH.exec(clause);
    if (!year) continue;
    const measure = MEASURE.exec(year[1])?.[0];
    const matches = (v: SentenceView, q: Quantity) => {
      const label = q !== r && q.currency === r.currency ? dayLabel(v, q) : undefined;
      return label !== undefined && (!measure || label.includes(measure) || MEASURE.exec(textBefore(v, q, 14) + textAfter(v, q, 12))?.[0] === measure);
    };
    let day: Quantity[] = view.quantities.filter((q) => q.end <= r.start && matches(view, q));
    for (const v of (ctx.earlier ?? []).slice(0, 2)) {
      if (day.length > 0) break;
      day = v.quantities.filter((q) => matches(v, q));
    }
    if (day.length !== 1) continue;
    const [d] = day;
    out.push({ check: 'arith.annualized', result: r, operands: [d], computed: mul(intervalOf(d), { low: DAYS, high: DAYS }), formula: `${d.text} × ${DAYS}`, certainty: 'probable', lang: view.lang, noFix: true });
  }
  return out;
};
