/**
 * A table label that names a narrower measure than the trigger word in it: "AI-linked revenue",
 * "Gaming revenue", "广告收入". The trigger ("revenue", 收入) names the company's total, which the
 * column does not hold; a segment's figure read as the total is "contradicted" by it. When the base
 * has the narrower metric, its own trigger is longer and wins ("Data-center revenue", 数据中心收入);
 * otherwise the label must bind no metric at all.
 *
 * Narrowing is judged only for a metric that others are a share of (`shareOf` in metrics.yaml): such a
 * word has segments, so a word before it that is not a company, a period or a neutral word (total,
 * net, quarterly, 总, 季度...) names one.
 */
import type { Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { rawPeriodMatches } from './periods';

/** Words that leave a total a total: "Total revenue", "Quarterly net revenue ($B)", "全年总营收". */
const NEUTRAL_EN =
  /^(?:total|net|gross|reported|quarterly|annual|yearly|full-year|group|company|companies|consolidated|gaap|non-gaap|adjusted|overall|the|its|of|in|and|us\$|\$|usd|rmb|cny|bn|billion|million|mn|m|b|y\/y|yoy)$/i;
const NEUTRAL_ZH = /总|全年|年度|季度|单季|当季|集团|公司|合并|整体|营业|的/g;

const wholes = new WeakMap<BindingKnowledge, Set<string>>();

/** Metrics that other metrics are a share of ("revenue" has data-center revenue, cloud revenue...). */
function wholeMetrics(kb: BindingKnowledge): Set<string> {
  let found = wholes.get(kb);
  if (!found) {
    found = new Set([...kb.metrics.values()].map((m) => m.shareOf).filter((id): id is string => id !== undefined));
    wholes.set(kb, found);
  }
  return found;
}

/** The label's words before the trigger qualify it into a measure narrower than `metric`. */
export function namesNarrowerMeasure(text: string, label: Span, trigger: Span | undefined, metric: string, kb: BindingKnowledge): boolean {
  if (!trigger || !wholeMetrics(kb).has(metric) || trigger.start <= label.start) return false;
  const head = { start: label.start, end: trigger.start };
  let before = text.slice(head.start, head.end);
  // Periods ("Q3 revenue", 2024年营收) and companies ("Nvidia revenue", 英伟达营收) say whose and when, not what.
  for (const p of rawPeriodMatches(text, head)) before = before.slice(0, p.start - head.start) + ' '.repeat(p.end - p.start) + before.slice(p.end - head.start);
  for (const alias of kb.entityAliases) if (alias.text.length > 1) before = before.split(alias.text).join(' ');
  const words = before.replace(/['’]s\b/g, ' ').split(/[\s,;:()（）/|*_]+/).filter(Boolean);
  return words.some((w) => (/[\u3400-\u9fff]/.test(w) ? w.replace(NEUTRAL_ZH, '').replace(/[^\u3400-\u9fff]/g, '') !== '' : !NEUTRAL_EN.test(w)));
}
