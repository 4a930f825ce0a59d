/**
 * A list's or a table's lead line names the measure of its bare items: "AMD's forecast for data-center
 * GPU sales, quarter by quarter:" over "- July 2024: more than $5 billion", "OpenAI公布的ChatGPT周活跃用户
 * 数据点如下：" over "- 2024年12月：2.5亿". The lead (document/leadLine.ts) stands before the block after its
 * section's headings and is read as the outermost one (its entity and period only where the headings
 * name none); this reads its measure.
 *
 * Read only as a caption is read:
 * - the lead names exactly one measure of the figure's kind, by a word that names it, and the figure is
 *   of that measure's main kind (money for revenue, a percent for a share: a percent under a revenue
 *   lead is a change or a share of it);
 * - the figure's own item names no measure (a nearer word wins, even one naming a measure of another
 *   kind): for a list item the whole item, for a table cell its row and its column's header.
 * The binding is 'context': the severity rules cap what a metric so read may say.
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import type { TriggerMention } from './metrics';
import { namesMeasureFor, oneMeasureNamed } from './paragraphMetric';

export function leadMetric(
  q: Quantity,
  lead: Span,
  own: readonly (Span | undefined)[],
  triggers: readonly TriggerMention[],
  kb: BindingKnowledge,
): Binding<string> | undefined {
  if (own.some((span) => span && namesMeasureFor(q, span, triggers, kb))) return undefined;
  const named = oneMeasureNamed(q, lead, triggers, kb);
  return named && { value: named.metric, how: 'context', span: { start: named.start, end: named.end } };
}
