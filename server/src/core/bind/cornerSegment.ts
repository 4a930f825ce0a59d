/**
 * A table's corner cell (the header of its label column) may say whose part every row measures:
 * under "| AMD Data Center | Q2 2024 | Q3 2024 |", the row "| Revenue | $2.83B | $3.5B |" is the
 * segment's revenue, not the company's, as "Data Center revenue" would say in prose. When the corner
 * names a metric that is a part (`shareOf` in data/metrics.yaml, with the whole's id as its prefix:
 * revenue.datacenter of revenue) of the metric the row or column label names, the cell takes the part.
 * A corner naming no part, or a part of another measure, changes nothing.
 */
import type { Binding, Quantity } from '../model';
import type { BindingKnowledge } from './knowledge';
import { mentionsIn } from './mentions';
import { bindMetric, type TriggerMention } from './metrics';
import type { TableCell } from './tables';

export function cornerSegmentMetric(
  cell: TableCell,
  q: Quantity,
  found: Binding<string>,
  doc: { text: string; gap: (from: number, to: number) => number; triggers: TriggerMention[] },
  kb: BindingKnowledge,
): Binding<string> | undefined {
  const corner = cell.headers?.[0];
  // The figure's own column is the label column: its header is not a corner over it.
  if (!corner || !cell.header || !cell.rowLabel || corner.start === cell.header.start || corner.end <= corner.start) return undefined;
  const named = bindMetric(
    { text: doc.text, gap: doc.gap, quantity: q, clause: corner, sentence: corner, triggers: mentionsIn(doc.triggers, corner.start, corner.end), quantities: [q] },
    kb,
  );
  if (!named || named.value === found.value) return undefined;
  const part = kb.metrics.get(named.value);
  if (!part || part.shareOf !== found.value || !named.value.startsWith(`${found.value}.`) || !part.kinds.includes(q.kind)) return undefined;
  return { value: named.value, how: 'explicit', span: named.span ?? { start: corner.start, end: corner.end } };
}
