/**
 * The document stage: cut the text into blocks, analyse each block (or reuse its previous result), and
 * assemble document-wide lists with document offsets.
 *
 * A block's result depends only on the block's text, and a result is reused only for a block whose text
 * is unchanged, so an incremental analysis equals a fresh one by construction
 * (test/property/incremental.property.test.ts checks it on random edit sequences).
 *
 * What a keystroke costs, with the cache holding the previous build: a diff of the two texts, a rescan
 * of the blocks around the edit (incrementalBlocks.ts), analysis of the blocks whose text changed, and
 * the document lists — items before the edit reused as they are, items after it shifted by the edit's
 * change in length.
 */
import type { Quantity, Span } from '../model';
import type { Block } from '../markdown/blocks';
import type { ProseSegment } from '../markdown/prose';
import type { Sentence } from '../text/sentences';
import { analyzeBlock, type BlockResult } from './blockAnalysis';
import { diffTexts, resplitBlocks, type Resplit, type TextChange } from './incrementalBlocks';
import { splitBlocks } from '../markdown/blocks';

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

/** One build of a document, kept so the next build can reuse what an edit did not touch. */
interface Build {
  model: DocumentModel;
  /** Per block: its result (relative offsets) and whether it is a code block. */
  results: BlockResult[];
  isCode: boolean[];
  /** Per block, the index of its first item in each document list; one extra entry closes the last block. */
  firstSegment: number[];
  firstSentence: number[];
  firstQuantity: number[];
}

/**
 * Per-document memory of the previous build. The language server keeps one per open document; a new
 * cache gives a full analysis.
 */
export class BlockCache {
  /** @internal the last completed build; read and written by buildDocument only */
  previous: Build | undefined;
  /**
   * @internal block results analysed since the last completed build, by block text: identical blocks
   * are analysed once, and a build abandoned between steps (buildDocumentSteps) loses no work.
   */
  readonly pending = new Map<string, BlockResult>();

  /** How many block results are remembered. */
  get size(): number {
    return (this.previous?.results.length ?? 0) + this.pending.size;
  }
}

const FENCE_START = /^ {0,3}(?:`{3,}|~{3,})/;
const FRONT_MATTER: BlockResult = Object.freeze({ segments: [], sentences: [], quantities: [], parsed: false }) as BlockResult;

export function buildDocument(text: string, cache: BlockCache = new BlockCache()): DocumentModel {
  const steps = buildDocumentSteps(text, cache);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * buildDocument one block at a time: it yields after each block it analyses, so a caller can pause
 * between blocks (to answer other requests, or notice that its request was cancelled) and may abandon
 * the build; blocks analysed so far stay in the cache for the next build. The result is the same.
 */
export function* buildDocumentSteps(text: string, cache: BlockCache = new BlockCache()): Generator<void, DocumentModel, void> {
  const previous = cache.previous;
  const build = previous ? yield* rebuild(text, previous, cache) : yield* buildFresh(text, cache);
  cache.previous = build;
  cache.pending.clear();
  return build.model;
}

function* buildFresh(text: string, cache: BlockCache): Generator<void, Build, void> {
  const blocks = splitBlocks(text);
  const build = emptyBuild(text, blocks);
  for (const block of blocks) {
    const result = block.frontMatter ? FRONT_MATTER : yield* blockResult(text, block, cache, build.model.stats);
    appendBlock(build, block, result, isCodeBlock(text, block));
  }
  return closeBuild(build);
}

/** A block's result: from the pending results (same text), else analysed now, then a pause point. */
function* blockResult(text: string, block: Block, cache: BlockCache, stats: DocumentModel['stats']): Generator<void, BlockResult, void> {
  const source = text.slice(block.start, block.end);
  const hit = cache.pending.get(source);
  if (hit) {
    stats.reusedBlocks++;
    return hit;
  }
  const result = analyzeBlock(source);
  cache.pending.set(source, result);
  if (result.parsed) stats.parsedBlocks++;
  yield;
  return result;
}

function* rebuild(text: string, previous: Build, cache: BlockCache): Generator<void, Build, void> {
  const change = diffTexts(previous.model.text, text);
  if (!change) return reuseAll(previous);
  const split = resplitBlocks(previous.model.blocks, text, change);
  const { blocks, kept, rescanned, delta } = split;
  const old = previous.model;
  const build = emptyBuild(text, blocks);
  const { model } = build;

  // Before the edit: the same blocks with the same items at the same offsets.
  build.results = previous.results.slice(0, kept);
  build.isCode = previous.isCode.slice(0, kept);
  build.firstSegment = previous.firstSegment.slice(0, kept);
  build.firstSentence = previous.firstSentence.slice(0, kept);
  build.firstQuantity = previous.firstQuantity.slice(0, kept);
  model.segments = old.segments.slice(0, previous.firstSegment[kept]);
  model.sentences = old.sentences.slice(0, previous.firstSentence[kept]);
  model.quantities = old.quantities.slice(0, previous.firstQuantity[kept]);
  for (let i = 0; i < kept; i++) if (build.isCode[i]) model.code.push({ start: blocks[i].start, end: blocks[i].end });
  model.stats.reusedBlocks += kept;

  // Around the edit: blocks whose text is provably unchanged keep their result; the rest are analysed.
  for (let i = kept; i < kept + rescanned; i++) {
    const block = blocks[i];
    let result: BlockResult;
    const same = block.frontMatter ? -1 : unchangedOldBlock(old.blocks, block, change, delta);
    if (block.frontMatter) result = FRONT_MATTER;
    else if (same !== -1) {
      result = previous.results[same];
      model.stats.reusedBlocks++;
    } else result = yield* blockResult(text, block, cache, model.stats);
    appendBlock(build, block, result, isCodeBlock(text, block));
  }

  // After the edit: the old blocks' items, moved by delta.
  appendTail(build, previous, split);
  return closeBuild(build);
}

/** The text did not change: a new model over the same items (lists copied so callers may sort them). */
function reuseAll(previous: Build): Build {
  const old = previous.model;
  const model: DocumentModel = {
    ...old,
    segments: old.segments.slice(),
    sentences: old.sentences.slice(),
    quantities: old.quantities.slice(),
    code: old.code.slice(),
    stats: { blocks: old.blocks.length, parsedBlocks: 0, reusedBlocks: old.blocks.length },
  };
  return { ...previous, model };
}

/**
 * The index of an old block with exactly this block's text, known without comparing strings: a block
 * wholly before the edit with the same span, or wholly after it with the span moved by delta. -1 if none.
 */
function unchangedOldBlock(oldBlocks: readonly Block[], block: Block, change: TextChange, delta: number): number {
  let start: number;
  if (block.end <= change.start) start = block.start;
  else if (block.start >= change.newEnd) start = block.start - delta;
  else return -1;
  const i = indexOfStart(oldBlocks, start);
  return i !== -1 && oldBlocks[i].end - oldBlocks[i].start === block.end - block.start && !oldBlocks[i].frontMatter ? i : -1;
}

function appendTail(build: Build, previous: Build, { resumeOld, delta }: Resplit): void {
  const old = previous.model;
  const count = old.blocks.length - resumeOld;
  if (count === 0) return;
  const { model } = build;
  const segBase = model.segments.length - previous.firstSegment[resumeOld];
  const senBase = model.sentences.length - previous.firstSentence[resumeOld];
  const qBase = model.quantities.length - previous.firstQuantity[resumeOld];
  const firstNewBlock = model.blocks.length - count;
  for (let i = resumeOld; i < old.blocks.length; i++) {
    build.results.push(previous.results[i]);
    build.isCode.push(previous.isCode[i]);
    build.firstSegment.push(previous.firstSegment[i] + segBase);
    build.firstSentence.push(previous.firstSentence[i] + senBase);
    build.firstQuantity.push(previous.firstQuantity[i] + qBase);
    const block = model.blocks[firstNewBlock + i - resumeOld];
    if (previous.isCode[i]) model.code.push({ start: block.start, end: block.end });
  }
  appendShifted(model.segments, old.segments, previous.firstSegment[resumeOld], delta);
  appendShifted(model.sentences, old.sentences, previous.firstSentence[resumeOld], delta);
  appendShifted(model.quantities, old.quantities, previous.firstQuantity[resumeOld], delta);
  model.stats.reusedBlocks += count;
}

function emptyBuild(text: string, blocks: Block[]): Build {
  return {
    model: { text, blocks, segments: [], sentences: [], quantities: [], code: [], stats: { blocks: blocks.length, parsedBlocks: 0, reusedBlocks: 0 } },
    results: [],
    isCode: [],
    firstSegment: [],
    firstSentence: [],
    firstQuantity: [],
  };
}

function isCodeBlock(text: string, block: Block): boolean {
  // Only the opening line matters; the regex is anchored, so a short prefix is enough.
  return !block.frontMatter && FENCE_START.test(text.slice(block.start, Math.min(block.end, block.start + 16)));
}

/** Appends one block's items, moved to document offsets, and records where they start. */
function appendBlock(build: Build, block: Block, result: BlockResult, isCode: boolean): void {
  const { model } = build;
  build.results.push(result);
  build.isCode.push(isCode);
  build.firstSegment.push(model.segments.length);
  build.firstSentence.push(model.sentences.length);
  build.firstQuantity.push(model.quantities.length);
  if (isCode) model.code.push({ start: block.start, end: block.end });
  const shift = block.start;
  for (const s of result.segments) model.segments.push({ ...s, start: s.start + shift, end: s.end + shift });
  for (const s of result.sentences) model.sentences.push({ ...s, start: s.start + shift, end: s.end + shift });
  for (const q of result.quantities) model.quantities.push({ ...q, start: q.start + shift, end: q.end + shift });
}

/** Adds the closing entry, so [first[i], first[i + 1]) is block i's range in every list. */
function closeBuild(build: Build): Build {
  build.firstSegment.push(build.model.segments.length);
  build.firstSentence.push(build.model.sentences.length);
  build.firstQuantity.push(build.model.quantities.length);
  return build;
}

function appendShifted<T extends Span>(out: T[], from: readonly T[], start: number, delta: number): void {
  for (let i = start; i < from.length; i++) {
    const item = from[i];
    out.push(delta === 0 ? item : { ...item, start: item.start + delta, end: item.end + delta });
  }
}

/** Index of the block starting exactly at `offset`, or -1 (blocks are sorted by start). */
function indexOfStart(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = blocks[mid].start;
    if (s === offset) return mid;
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The masked prose of the document at `span` (spaces where there is no prose). Segments are sorted and
 * do not overlap, so a binary search finds the first one the span touches: a call costs the span's
 * length, not the document's (analyze calls this once per claim).
 */
export function proseText(model: DocumentModel, span: Span): string {
  const segments = model.segments;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let out = '';
  let pos = span.start;
  for (let i = lo; i < segments.length && segments[i].start < span.end; i++) {
    const seg = segments[i];
    const from = Math.max(seg.start, span.start);
    const to = Math.min(seg.end, span.end);
    if (from > pos) out += ' '.repeat(from - pos);
    out += seg.masked.slice(from - seg.start, to - seg.start);
    pos = to;
  }
  if (span.end > pos) out += ' '.repeat(span.end - pos);
  return out;
}
