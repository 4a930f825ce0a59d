/**
 * A table column headed only "YoY" or 同比 holds the year-over-year growth of the measure in the column
 * before it: in "| 季度 | 云收入 | 同比 |" the third column is the growth of cloud revenue, as "同比增长"
 * right after a revenue figure would be in prose. The growth metric is the one whose `growthOf` (in
 * data/metrics.yaml) is that measure, or the measure a segment is part of (`shareOf`: a segment's
 * revenue growth is filed as revenue growth with the segment as product) — but a segment's growth only
 * when the row's entity is the unit itself, never for its parent company, whose own growth is another
 * figure. A growth word with the mark ("Growth y/y", "YoY growth", 同比增速) says as much; a header that
 * says anything else ("growth" alone, 增速, 环比) is left alone: it may be sequential.
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { mentionsIn } from './mentions';
import type { TriggerMention } from './metrics';
import type { TableCell } from './tables';

const YOY = String.raw`(?:YoY|Y\/Y|y\/y|year[- ]over[- ]year|year[- ]on[- ]year)`;
/** "Growth y/y", "YoY growth", "Growth (YoY)": a growth word with the year-over-year mark is as plain. */
const YOY_HEADER = new RegExp(
  String.raw`^[\s*_]*(?:同比(?:增长|增幅|增速|变化)?(?:\s*[(（]\s*%\s*[)）])?|${YOY}|(?:growth|change)\s*[(（]?\s*${YOY}\s*[)）]?|${YOY}\s+(?:growth|change))(?:\s*[(（]\s*%\s*[)）])?[\s*_]*$`,
  'i',
);

export function growthColumnMetric(
  text: string,
  cell: TableCell,
  q: Quantity,
  triggers: readonly TriggerMention[],
  entity: string | undefined,
  kb: BindingKnowledge,
): Binding<string> | undefined {
  const { header, headers } = cell;
  if (q.kind !== 'percent' || !header || !headers || !YOY_HEADER.test(text.slice(header.start, header.end))) return undefined;
  const column = headers.findIndex((h) => h.start === header.start);
  const left: Span | undefined = column > 0 ? headers[column - 1] : undefined;
  if (!left) return undefined;
  const measures = new Set(mentionsIn(triggers, left.start, left.end).filter((t) => t.strong).map((t) => t.metric));
  if (measures.size !== 1) return undefined;
  const [measure] = measures;
  const segmentOf = kb.metrics.get(measure)?.shareOf;
  const unit = entity !== undefined && kb.entities.get(entity)?.parent !== undefined;
  for (const m of kb.metrics.values()) {
    if (!m.growthOf || !m.kinds.includes(q.kind)) continue;
    if (m.growthOf === measure || (unit && m.growthOf === segmentOf)) return { value: m.id, how: 'explicit', span: { ...header } };
  }
  return undefined;
}
