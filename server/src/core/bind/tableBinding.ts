/**
 * Metric and period of a table cell from its labels: the column header, the row's label cell, the
 * row's other text cells. Part of binding (index.ts); tables.ts finds the cells.
 */
import { cornerSegmentMetric } from './cornerSegment';
import { columnHeaderPeriod, fiscalCalendarCellPeriod } from './columnPeriod';
import type { Binding, Period, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import type { PeriodSpec } from './periodSpec';
import { mentionsIn } from './mentions';
import { bindMetric, type TriggerMention } from './metrics';
import { pairedHeaderMetric } from './pairedHeader';
import { namesNarrowerMeasure } from './qualifiedLabel';
import { textCells, type TableCell } from './tables';
import { joinsTwoPeriods } from './twoPeriodCell';

/**
 * The metric of a table cell whose own text names none: a trigger in its column's header cell
 * ("| Company | Raised |"), else in its row's first cell ("| Revenue | $60.9B |"), else in another
 * cell of the row that holds no figure ("| TSMC | Q3 revenue | NT$868B |"). A table's labels name
 * what each cell measures as plainly as the cell's own clause would, so the binding says 'explicit'.
 * A label naming a narrower measure than its trigger ("AI-linked revenue") binds none (qualifiedLabel.ts).
 * A header pair over a cell pair ("Input / output" over "$3 / $15") binds each figure to its side (pairedHeader.ts).
 * A corner cell naming a segment ("| AMD Data Center |") makes a row's revenue the segment's (cornerSegment.ts).
 */
export function tableMetric(
  cell: TableCell,
  q: Quantity,
  rowQuantities: readonly Quantity[],
  doc: { text: string; gap: (from: number, to: number) => number; triggers: TriggerMention[] },
  kb: BindingKnowledge,
): Binding<string> | undefined {
  const paired = pairedHeaderMetric(doc.text, cell, q, rowQuantities, doc.triggers, kb);
  if (paired) return paired;
  const labels = [cell.header, cell.rowLabel, ...textCells(cell, rowQuantities)].filter((s): s is Span => s !== undefined && s.end > s.start);
  for (const label of labels) {
    const found = bindMetric(
      { text: doc.text, gap: doc.gap, quantity: q, clause: label, sentence: label, triggers: labelHead(doc.text, mentionsIn(doc.triggers, label.start, label.end)), quantities: [q] },
      kb,
    );
    // "AI-linked revenue": the column holds a narrower measure than the base can name; no metric.
    if (found && namesNarrowerMeasure(doc.text, label, found.span, found.value, kb)) return undefined;
    // "| AMD Data Center | Q2 |" over "| Revenue | $2.83B |": the segment's revenue (cornerSegment.ts).
    if (found) return cornerSegmentMetric(cell, q, found, doc, kb) ?? { ...found, how: 'explicit' };
  }
  return undefined;
}

/** Right after a label's head noun: a preposition that opens its modifier ("Valuation at the … round"). */
const MODIFIER_OPENS = /^\s+(?:at|in|of|from|for|after|before|during|on)\s/i;

/**
 * A label is a noun phrase: in "Valuation at the June 2023 round" the head is "Valuation" and "round"
 * only says which valuation, though it stands nearer the figure. Triggers inside the modifier that
 * follows the first trigger and a preposition are dropped. (A Chinese label puts its head last,
 * "6月轮次的估值", where the nearest trigger already is the head.)
 */
function labelHead(text: string, triggers: TriggerMention[]): TriggerMention[] {
  const head = triggers[0];
  if (triggers.length < 2 || !MODIFIER_OPENS.test(text.slice(head.end, head.end + 8))) return triggers;
  return triggers.filter((t) => t.start < head.end);
}

/**
 * The period of a table cell. A period in a label cell of the row ("| Q3 2024 | $35.1B |") or in the
 * column's header ("| Company | FY2024 |") labels the cell as plainly as its own clause would, so it
 * binds as 'explicit'; a header period also beats one carried from the section heading. One written
 * beside another figure of the same kind, in that figure's cell, is only context for this one.
 */
export function tablePeriod(
  text: string,
  found: Binding<Period> | undefined,
  cell: TableCell,
  q: Quantity,
  rowQuantities: readonly Quantity[],
  find: (span: Span) => { start: number; end: number; period?: Period; kind?: string; spec?: PeriodSpec }[],
): Binding<Period> | undefined {
  // "| AI revenue, FY to Nov 3 | $12.2B |" under "2024 figure": the label's date only says when the
  // fiscal year closes; the header names the year (columnPeriod.ts).
  const isLabel = (c: Span) => c !== cell.cell && !rowQuantities.some((o) => o.start < c.end && c.start < o.end);
  // Only a label's closing day: "| $80B (FY to June) |" tells the fiscal year of the figure in its own cell,
  // not of the row's other columns ("2024 capex" is the calendar year's).
  const closingIn = found?.span && cell.cells.find((c) => c.start <= found.span!.start && found.span!.end <= c.end);
  const fiscal = !closingIn || isLabel(closingIn) ? fiscalCalendarCellPeriod(text, cell, found, find) : undefined;
  if (fiscal) return fiscal;
  if (found?.how === 'sentence' && found.span) {
    const at = found.span;
    const holder = cell.cells.find((c) => c.start <= at.start && at.end <= c.end);
    // "| Mar + May 2025 |": the cell dates the row with two periods, not with the one the patterns read.
    if (holder && isLabel(holder) && joinsTwoPeriods(text, holder, at)) return undefined;
    if (holder && isLabel(holder)) return { ...found, how: 'explicit' };
    // "| $14.3B for 49% (June 2024) | $29B |": a date written beside another figure of the same kind
    // dates that figure first; it may date the row too, but only as context (a wrong date is told once,
    // on the figure it stands beside).
    const besideOther = (o: Quantity) => o !== q && o.kind === q.kind && holder !== undefined && o.start >= holder.start && o.end <= at.start;
    if (holder && holder !== cell.cell && rowQuantities.some(besideOther)) return { ...found, how: 'context' };
  }
  if (cell.header && (!found || found.how === 'context')) return columnHeaderPeriod(text, cell, find) ?? found;
  return found;
}
