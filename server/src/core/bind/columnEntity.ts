/**
 * A comparison table names its subjects in the header: in "| | 智谱 | MiniMax |" over "| 2024年收入 |
 * 3.12亿元 | 3052万美元 |" (or "| Metric | Nvidia | AMD |") each column is one company's, as a row label
 * makes each row one company's. So a figure whose row and sentence name no one takes the entity its
 * column's header cell names, when that cell names exactly one. It is read from a label, not the
 * number's own words, so it binds as context (it may warn, never raise an error), like a heading.
 */
import type { Binding } from '../model';
import type { BindingKnowledge } from './knowledge';
import { mentionsIn, type EntityMention } from './mentions';
import { entityBinding } from './subject';
import type { TableCell } from './tables';

/** The one entity the cell's column header names (not a generic thing such as "GPUs"), if any. */
export function columnHeaderEntity(cell: TableCell, mentions: readonly EntityMention[], kb: BindingKnowledge): Binding<string> | undefined {
  // The first column holds the row labels; its header names what they are, not whose the figures are.
  if (!cell.header || !cell.rowLabel) return undefined;
  const named = mentionsIn(mentions, cell.header.start, cell.header.end);
  const entities = new Set(named.map((m) => m.entity));
  if (entities.size !== 1 || named[0].kind === 'other') return undefined;
  return entityBinding(named[0], 'context', kb);
}
