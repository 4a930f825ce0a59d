/**
 * The one thing a block's checks may read from another block: the table right above a paragraph, in the
 * same section, for the arithmetic of a multiple that names two of its cells ("Opus 4's output rate is
 * four times Sonnet 4's" under a price table; checks/arithmetic/tableAbove.ts). Binding never reads it.
 *
 * Which blocks read their predecessor is decided by the block alone (it writes a multiple or a fraction),
 * so a keystroke re-checks at most the edited block and, when that one reads it, the block right after.
 * What is read is the table's cells (quantities the block stage already recognised), never its text as
 * part of the checked text: the paragraph's binding costs what it did. The cache key of a reading block
 * is its own (block, headings) plus the table's text and its distance (the findings point at its cells).
 */
import type { Quantity } from '../model';
import type { TableAbove } from '../checks/arithmetic/tableAbove';
import { readGridsOf, type Grid, type GridCell } from '../checks/arithmetic/tableGrid';
import { writesSizedTotal } from '../checks/arithmetic/tableGroupTotal';
import type { BlockResult } from './blockAnalysis';
import type { DocumentModel } from './documentModel';
import { detachedSlice } from '../text/detach';

/** What a reading block read: the block above's text and how far before the reader it starts. */
export interface AboveKey {
  result: BlockResult;
  text: string;
  distance: number;
}

/**
 * A block reads the block above only for the relations that can name a cell of it: a multiple, a fraction,
 * or a sized total ("the four quarters add up to", 三家合计: checks/arithmetic/tableGroupTotal.ts).
 */
export function readsAbove(doc: DocumentModel, i: number): boolean {
  const result = doc.results[i];
  if (result.quantities.some((q) => q.kind === 'multiple' || q.kind === 'ratio')) return true;
  const block = doc.blocks[i];
  return result.quantities.length > 0 && writesSizedTotal(doc.text.slice(block.start, Math.min(block.end, block.start + 400)));
}

/**
 * The block above block i when both are in one section (no heading in either) and it holds figures;
 * undefined otherwise. Its table is read only when a cached result cannot be reused (`tableOf`).
 */
export function aboveOf(doc: DocumentModel, i: number): AboveKey | undefined {
  if (i === 0 || doc.headings[i].length > 0 || doc.headings[i - 1].length > 0) return undefined;
  const result = doc.results[i - 1];
  if (result.quantities.length === 0) return undefined;
  const prev = doc.blocks[i - 1];
  // Checked before slicing: most blocks above a multiple are no table.
  if (!doc.text.startsWith('|', prev.start)) return undefined;
  return { result, text: doc.text.slice(prev.start, prev.end), distance: doc.blocks[i].start - prev.start };
}

/** Whether two keys read the same thing (equal text at the same distance; the result object may differ). */
export function sameAbove(a: AboveKey | undefined, b: AboveKey | undefined): boolean {
  if (!a || !b) return a === b;
  return a.distance === b.distance && (a.result === b.result || a.text === b.text);
}

/** The key as a cache keeps it: a copy of the text, so the cache does not keep the document alive. */
export function keptKey(key: AboveKey): AboveKey {
  return { result: key.result, text: detachedSlice(key.text, 0, key.text.length), distance: key.distance };
}

/** The block above's one table, its cells moved to the reading block's offsets; none for anything else. */
export function tableOf(key: AboveKey): TableAbove | undefined {
  const grids = readGridsOf(key.text, key.result.quantities);
  if (grids.length !== 1 || grids[0].rows.length < 2) return undefined;
  return { grid: movedGrid(grids[0], -key.distance) };
}

export function movedGrid(grid: Grid, delta: number): Grid {
  const cell = (c: GridCell): GridCell => {
    const out: GridCell = { ...c, start: c.start + delta, end: c.end + delta };
    if (c.value) out.value = moved(c.value, delta);
    if (c.signed) out.signed = c.signed === c.value ? out.value : moved(c.signed, delta);
    return out;
  };
  return { header: grid.header.map(cell), rows: grid.rows.map((r) => r.map(cell)), lang: grid.lang };
}

function moved(q: Quantity, delta: number): Quantity {
  return { ...q, start: q.start + delta, end: q.end + delta };
}
