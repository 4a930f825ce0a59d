/**
 * "| 指标 | 数值 | 来源 |", "| Metric | Value | Source |": a column headed "source" says, for each row,
 * who the row's figures come from, as "according to X" would in prose. The cell's text is the name; a
 * publisher the knowledge base knows inside it gives its id. A cell holding a figure, or empty, names no one.
 */
import type { Binding } from '../model';
import type { EntityMention } from './mentions';
import { bracketCredit } from './attribution';
import type { TableCell } from './tables';

const SOURCE_HEADER = /^(?:sources?|data sources?|source of data|来源|数据来源|出处|信息来源|资料来源)$/i;

export function tableSource(text: string, cell: TableCell, mentions: readonly EntityMention[]): Binding<string> | undefined {
  return sourceColumn(text, cell, mentions) ?? bracketedInLabel(text, cell, mentions);
}

/**
 * A credit in brackets in the row's label or the column's header ("| HBM | share of DRAM revenue, 2024
 * (Counterpoint est.) | 20.1% |", "| Share (IDC est.) |") covers the figures of that row or column, as
 * "(Counterpoint est.)" after a figure in prose does.
 */
function bracketedInLabel(text: string, cell: TableCell, mentions: readonly EntityMention[]): Binding<string> | undefined {
  const labels = [cell.header, ...cell.cells.filter((c) => c.start !== cell.cell.start && !/\d/.test(yearless(text.slice(c.start, c.end))))];
  for (const label of labels) {
    const credit = label && bracketCredit(text, label, mentions);
    if (credit) return { value: text.slice(credit.start, credit.end), how: 'explicit', span: { start: credit.start, end: credit.end } };
  }
  return undefined;
}

/** A label's years ("…, 2024 (Counterpoint est.)") date the row; they are no figure of its own. */
function yearless(s: string): string {
  return s.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/g, ' ');
}

function sourceColumn(text: string, cell: TableCell, mentions: readonly EntityMention[]): Binding<string> | undefined {
  const column = cell.headers?.findIndex((h) => SOURCE_HEADER.test(text.slice(h.start, h.end).replace(/[*_]/g, '').trim())) ?? -1;
  if (column < 0) return undefined;
  const source = cell.cells[column];
  if (!source || source.start === cell.cell.start) return undefined;
  const name = text.slice(source.start, source.end).trim();
  if (!name || /\d/.test(name)) return undefined;
  const publisher = mentions.find((m) => m.kind === 'organisation' && m.start >= source.start && m.end <= source.end);
  const span = publisher ?? source;
  return { value: publisher ? text.slice(publisher.start, publisher.end) : name, how: 'explicit', span: { start: span.start, end: span.end } };
}
