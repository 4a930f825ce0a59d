/**
 * The document stage: cut the text into blocks, analyse each block (or take it from the cache), and
 * assemble document-wide lists with document offsets.
 *
 * The cache is keyed by a block's text, so the result is identical whether a block was analysed now or
 * reused: an incremental analysis equals a fresh one by construction (test/core/incremental.test.ts
 * checks it on random edit sequences).
 */
import type { Quantity, Span } from '../model';
import { splitBlocks, type Block } from '../markdown/blocks';
import type { ProseSegment } from '../markdown/prose';
import type { Sentence } from '../text/sentences';
import { analyzeBlock, type BlockResult } from './blockAnalysis';

export interface DocumentModel {
  text: string;
  blocks: Block[];
  segments: ProseSegment[];
  sentences: Sentence[];
  quantities: Quantity[];
  /** Spans of code blocks: suppression comments inside them are not directives. */
  code: Span[];
  stats: { blocks: number; parsedBlocks: number; reusedBlocks: number };
}

/** Per-document cache of block results, keyed by block text. */
export class BlockCache {
  private entries = new Map<string, BlockResult>();
  private used = new Set<string>();

  get(source: string, compute: (s: string) => BlockResult): { result: BlockResult; reused: boolean } {
    this.used.add(source);
    const hit = this.entries.get(source);
    if (hit) return { result: hit, reused: true };
    const result = compute(source);
    this.entries.set(source, result);
    return { result, reused: false };
  }

  /** Drops entries no block used in the last build, so memory tracks the current text only. */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

const FENCE_START = /^ {0,3}(?:`{3,}|~{3,})/;

export function buildDocument(text: string, cache: BlockCache = new BlockCache()): DocumentModel {
  const blocks = splitBlocks(text);
  const model: DocumentModel = {
    text,
    blocks,
    segments: [],
    sentences: [],
    quantities: [],
    code: [],
    stats: { blocks: blocks.length, parsedBlocks: 0, reusedBlocks: 0 },
  };
  for (const block of blocks) {
    if (block.frontMatter) continue;
    const source = text.slice(block.start, block.end);
    if (FENCE_START.test(source)) model.code.push({ start: block.start, end: block.end });
    const { result, reused } = cache.get(source, analyzeBlock);
    if (reused) model.stats.reusedBlocks++;
    else if (result.parsed) model.stats.parsedBlocks++;
    const shift = block.start;
    for (const s of result.segments) model.segments.push({ ...s, start: s.start + shift, end: s.end + shift });
    for (const s of result.sentences) model.sentences.push({ ...s, start: s.start + shift, end: s.end + shift });
    for (const q of result.quantities) model.quantities.push({ ...q, start: q.start + shift, end: q.end + shift });
  }
  cache.sweep();
  return model;
}

/** The masked prose of the document at `span` (spaces where there is no prose). */
export function proseText(model: DocumentModel, span: Span): string {
  const out = new Array<string>(span.end - span.start).fill(' ');
  for (const seg of model.segments) {
    if (seg.end <= span.start || seg.start >= span.end) continue;
    const from = Math.max(seg.start, span.start);
    const to = Math.min(seg.end, span.end);
    for (let i = from; i < to; i++) out[i - span.start] = seg.masked[i - seg.start];
  }
  return out.join('');
}
