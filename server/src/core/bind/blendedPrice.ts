/**
 * "blended at three input tokens per output token it comes to roughly $90", "a weighted price of about
 * $3.50", "综合价格约为90美元", "混合价": a blended price is the writer's own average of the input and
 * output prices (or of several providers'), a different measure from either list price. No fact records
 * it, and read as the input or output price it is a wrong value for a right sentence. So a price metric
 * that the clause before the figure (or a word right after it) calls blended, weighted, 混合 or 综合
 * is left unbound.
 *
 * A section can say it once for its items: under "## A blended bill" or after the lead line "On that mix:",
 * "按三比一混合计算：", the bare "DeepSeek-V3, cache miss: about $0.48 per million" is the blend too. A
 * figure whose own words (or column header) name its side, input or output, is still that side's list price.
 */
import type { Binding, Quantity, Span } from '../model';

/** A word of blending before the figure in its clause. */
const BLEND_BEFORE = /(?<![A-Za-z])(?:blended|blend(?:ing)?|weighted|mixed|mix)(?![A-Za-z])|混合|综合|加权/i;
/** "$90 blended", "90美元的综合价" right after the figure. */
const BLEND_AFTER = /^\s*(?:\(?(?:blended|weighted)(?![A-Za-z])|(?:的)?(?:混合|综合|加权)(?:价|单价|价格))/i;

/** List prices of a model's tokens and prices of one unit: what a blend is not. */
export function isPriceMetric(metric: string): boolean {
  return metric.startsWith('api-price.') || metric === 'unit-price';
}

/** The metric, unless it is a list price and the figure is called a blend of prices. */
export function unlessBlended(metric: Binding<string> | undefined, text: string, q: Quantity, clause: Span): Binding<string> | undefined {
  if (!metric || !isPriceMetric(metric.value) || q.kind !== 'money') return metric;
  const blended = BLEND_BEFORE.test(text.slice(clause.start, q.start)) || BLEND_AFTER.test(text.slice(q.end, Math.min(clause.end, q.end + 16)));
  return blended ? undefined : metric;
}

/** A side written for the figure itself: "input", "output", "$3 in", 输入, 输出 (a list price, not a blend). */
const SIDE_WORD = /(?<![A-Za-z])(?:input|inputs|output|outputs|prompt|prompts|completion|completions)(?![A-Za-z])|输入|输出|提示|补全/i;

/**
 * The metric, unless it is a list price, the heading right above the figure or its list's lead line calls
 * the prices blended (weighted, a mix, 混合, 加权), and neither the figure's clause nor its column header names
 * its side.
 */
export function unlessBlendedContext(metric: Binding<string> | undefined, text: string, q: Quantity, clause: Span, context: readonly (Span | undefined)[], header?: Span): Binding<string> | undefined {
  if (!metric || !isPriceMetric(metric.value) || q.kind !== 'money') return metric;
  if (!context.some((c) => c !== undefined && BLEND_BEFORE.test(text.slice(c.start, c.end)))) return metric;
  const own = text.slice(clause.start, clause.end) + (header ? ' ' + text.slice(header.start, header.end) : '');
  return SIDE_WORD.test(own) ? metric : undefined;
}
