/**
 * In a from–to pair the qualifier written only with the second figure is that figure's: "went from $5
 * billion in September 2024 to a $32 billion pre-money valuation", "估值从50亿美元升至投前320亿美元". The first
 * figure takes the measure (a valuation) but not the qualifier (pre-money): the writer did not say what
 * kind of valuation it was, so it must not be called "not pre-money". A qualifier written before the pair
 * ("the pre-money valuation went from … to …", "投前估值从…升至…") qualifies both and is left alone.
 */
import type { Binding, Quantity } from '../model';

/** A qualified measure and the plain measure it qualifies (data/metrics.yaml ids). */
const PLAIN_MEASURE: Record<string, string> = { 'valuation.pre-money': 'valuation' };

/** "from" / 从 opening the pair, shortly before the first figure, within its clause. */
const FROM_BEFORE_EN = /(?<![A-Za-z])from\s+(?:(?:about|around|roughly|nearly|some|just|over|under|a|an|the)\s+)*$/i;
/** 从 and at most a date between it and the figure ("从2024年9月的50亿美元"), within the clause. */
const FROM_BEFORE_ZH = /从[^，,；;。：:]{0,20}$/;
/** The joining "to" / 至 / 到 between the two figures. */
const JOIN = /(?<![A-Za-z])to(?![A-Za-z])|至|到/i;
const CLAUSE_BREAK = /[;；。!?！？]/;
const WINDOW = 40;

/**
 * The metric bound to q, with a qualifier written only on the pair's second figure dropped to the plain
 * measure it qualifies (bound 'sentence': the measure comes from the other figure's words).
 */
export function unlessSecondsQualifier(metric: Binding<string> | undefined, text: string, q: Quantity, quantities: readonly Quantity[]): Binding<string> | undefined {
  const plain = metric && PLAIN_MEASURE[metric.value];
  if (!metric || !plain || !metric.span || metric.span.start < q.end) return metric;
  const second = quantities.find((o) => o.start >= q.end && o.kind === q.kind);
  if (!second || metric.span.start > second.end + WINDOW) return metric;
  const between = text.slice(q.end, Math.min(second.start, metric.span.start));
  if (CLAUSE_BREAK.test(between)) return metric;
  const before = text.slice(Math.max(0, q.start - WINDOW), q.start);
  if (!FROM_BEFORE_EN.test(before) && !FROM_BEFORE_ZH.test(before)) return metric;
  // The qualifier stands after the joining word: it is written with the second figure, not the pair.
  if (!JOIN.test(between)) return metric;
  return { value: plain, how: 'sentence', span: metric.span };
}
