/**
 * A table's corner cell (the header of its label column) may say whose part every row measures:
 * under "| AMD Data Center | Q2 2024 | Q3 2024 |", the row "| Revenue | $2.83B | $3.5B |" is the
 * segment's revenue, not the company's, as "Data Center revenue" would say in prose. When the corner
 * names a metric that is a part (`shareOf` in data/metrics.yaml, with the whole's id as its prefix:
 * revenue.datacenter of revenue) of the metric the row or column label names, the cell takes the part.
 * A corner naming no part, or a part of another measure, changes nothing.
 *
 * Without such a corner, the heading of the table's section may name the segment the same way:
 * under "### Quarter by quarter (Data Center)", "| Quarter | Revenue |" lists the segment's revenue, as
 * a reader takes it. Only a bare measure word as the label ("Revenue", "Sales") is read so; a label
 * with words of its own ("Company revenue", "Total revenue") says whose figure it is, and a table with a
 * column of the segment's own ("| Quarter | Revenue | Data Center |") keeps "Revenue" for the whole.
 */
import type { Binding, Quantity, Span } from '../model';
import { headingSpans, type HeadingSpan } from './headings';
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
  const hasCorner = corner && cell.header && cell.rowLabel && corner.start !== cell.header.start && corner.end > corner.start;
  const fromCorner = hasCorner ? segmentPart(corner, q, found, doc, kb) : undefined;
  if (fromCorner || !bareMeasureLabel(doc.text, cell, found)) return fromCorner;
  // "| Quarter | Revenue | Data Center |": the segment has a column of its own; "Revenue" is the whole's.
  if ((cell.headers ?? []).some((h) => h !== cell.header && segmentPart(h, q, found, doc, kb))) return undefined;
  const heading = sectionHeading(doc.text, cell.row.start);
  return heading ? segmentPart(heading, q, found, doc, kb) : undefined;
}

/** The part of the found metric that a span (a corner cell, a heading) names, if any. */
function segmentPart(
  at: Span,
  q: Quantity,
  found: Binding<string>,
  doc: { text: string; gap: (from: number, to: number) => number; triggers: TriggerMention[] },
  kb: BindingKnowledge,
): Binding<string> | undefined {
  const named = bindMetric(
    { text: doc.text, gap: doc.gap, quantity: q, clause: at, sentence: at, triggers: mentionsIn(doc.triggers, at.start, at.end), quantities: [q] },
    kb,
  );
  if (!named || named.value === found.value) return undefined;
  const part = kb.metrics.get(named.value);
  if (!part || part.shareOf !== found.value || !named.value.startsWith(`${found.value}.`) || !part.kinds.includes(q.kind)) return undefined;
  return { value: named.value, how: 'explicit', span: named.span ?? { start: at.start, end: at.end } };
}

/** A label word that names the whole, not a part: "Total revenue", "Company sales", "总营收". */
const WHOLE_WORD = /(?:^|[^A-Za-z])(?:total|company|group|consolidated|overall|firm-wide)(?![A-Za-z])|总|整体|集团|公司/i;

/** The label cell holding the measure word held nothing else ("| Revenue |"): no owner of its own. */
function bareMeasureLabel(text: string, cell: TableCell, found: Binding<string>): boolean {
  const at = found.span;
  if (!at) return false;
  const labels = [cell.header, cell.rowLabel, ...(cell.headers ?? []), ...cell.cells].filter((c): c is Span => c !== undefined);
  const holder = labels.find((c) => c.start <= at.start && at.end <= c.end);
  const label = holder ? text.slice(holder.start, holder.end).trim() : '';
  return label !== '' && label === text.slice(at.start, at.end).trim() && !WHOLE_WORD.test(label);
}

let headingCache: { text: string; spans: HeadingSpan[] } | undefined;

/**
 * The nearest heading above a position, when it heads a section: a level-1 heading is the document's
 * title, which names the story's theme ("…: the data center runs away"), not whose figures a table holds.
 */
function sectionHeading(text: string, pos: number): Span | undefined {
  if (headingCache?.text !== text) headingCache = { text, spans: headingSpans(text) };
  let last: HeadingSpan | undefined;
  for (const h of headingCache.spans) if (h.end <= pos) last = h;
  return last && last.level > 1 ? last : undefined;
}
