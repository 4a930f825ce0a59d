/**
 * "| 指标 | 数值 | 来源 |", "| Metric | Value | Source |": a column headed "source" says, for each row,
 * who the row's figures come from, as "according to X" would in prose. The cell's text is the name; a
 * publisher the knowledge base knows inside it gives its id. A cell holding a figure, or empty, names no one.
 */
import type { Binding } from '../model';
import type { EntityMention } from './mentions';
import type { TableCell } from './tables';

const SOURCE_HEADER = /^(?:sources?|data sources?|source of data|来源|数据来源|出处|信息来源|资料来源)$/i;

export function tableSource(text: string, cell: TableCell, mentions: readonly EntityMention[]): Binding<string> | undefined {
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
