/**
 * The document stage: cut the text into blocks, analyse each block (or reuse its previous result), and
 * assemble document-wide lists with document offsets.
 *
 * A block's result depends only on the block's text, and a result is reused only for a block whose text
 * is unchanged, so an incremental analysis equals a fresh one by construction
 * (test/property/incremental.property.test.ts checks it on random edit sequences).
 *
 * What a keystroke costs, with the cache holding the previous build: a diff of the two texts, a rescan
 * of the blocks around the edit (incrementalBlocks.ts) and analysis of the blocks whose text changed.
 * Block results keep offsets relative to their block, so nothing after the edit has to move; the
 * document-wide lists are assembled only when someone reads them.
 */
import type { Quantity, Span } from '../model';
import type { Block } from '../markdown/blocks';
import type { ProseSegment } from '../markdown/prose';
import type { Sentence } from '../text/sentences';
import { analyzeBlock, type BlockResult } from './blockAnalysis';
import { blockHeadings, type BlockHeading } from './headingContext';
import { frontMatterTitle } from './frontMatterTitle';
import { diffTexts, resplitBlocks, type Resplit, type TextChange } from './incrementalBlocks';
import { splitBlocks } from '../markdown/blocks';
import { detachedSlice } from '../text/detach';
import { partitionPoint } from '../sortedSearch';
import { RecentBlocks } from './recentBlocks';

export interface DocumentModel {
  text: string;
  blocks: Block[];
  /** Per block: its segments, sentences and quantities, with offsets relative to the block's start. */
  results: BlockResult[];
  /** Per block: its section headings (relative offsets; most blocks have none). */
  headings: BlockHeading[][];
  /**
   * The document-wide lists, with document offsets. Built on first use only: after a keystroke in a
   * large document, shifting every item after the edit would cost more than everything else together,
   * and the checks read blocks, not these lists.
   */
  readonly segments: ProseSegment[];
  readonly sentences: Sentence[];
  readonly quantities: Quantity[];
  /** Spans of code blocks: suppression comments inside them are not directives. */
  code: Span[];
  stats: { blocks: number; parsedBlocks: number; reusedBlocks: number };
  /**
   * How this model was made from the previous build's, when it was: blocks [0, kept) are the previous
   * model's, [kept, kept + rescanned) are new, the rest are the previous model's from resumeOld on. Lets
   * the checks reuse their per-block work without walking every block. Only one step back is kept.
   */
  derivedFrom?: { model: DocumentModel; kept: number; rescanned: number; resumeOld: number };
}

/** One build of a document, kept so the next build can reuse what an edit did not touch. */
interface Build {
  model: DocumentModel;
  /** Per block: whether it is a code block. */
  isCode: boolean[];
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
  /** @internal the results of blocks that recent edits replaced, by text (recentBlocks.ts) */
  readonly recent = new RecentBlocks();
  /** @internal the checks' per-block results (document/blockChecks.ts), kept with the blocks they belong to. */
  checks: unknown;

  /** How many block results are remembered. */
  get size(): number {
    return (this.previous?.model.results.length ?? 0) + this.pending.size;
  }
}

/** At most this many replaced blocks are remembered per edit (an edit opening a fence replaces all below). */
const RECENT_PER_EDIT = 4;
const FENCE_START = /^ {0,3}(?:`{3,}|~{3,})/;
const FRONT_MATTER: BlockResult = Object.freeze({ segments: [], sentences: [], quantities: [], parsed: false }) as BlockResult;
const NO_HEADINGS: BlockHeading[] = Object.freeze([]) as unknown as BlockHeading[];

/** What changed since `base`, as an editor reports it: [start, oldEnd) of base became [start, newEnd). */
export interface EditHint extends TextChange {
  base: string;
}

export function buildDocument(text: string, cache: BlockCache = new BlockCache(), edit?: EditHint): DocumentModel {
  const steps = buildDocumentSteps(text, cache, edit);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * buildDocument one block at a time: it yields after each block it analyses, so a caller can pause
 * between blocks (to answer other requests, or notice that its request was cancelled) and may abandon
 * the build; blocks analysed so far stay in the cache for the next build. The result is the same.
 */
export function* buildDocumentSteps(text: string, cache: BlockCache = new BlockCache(), edit?: EditHint): Generator<void, DocumentModel, void> {
  const previous = cache.previous;
  const build = previous ? yield* rebuild(text, previous, cache, edit) : yield* buildFresh(text, cache);
  // One step back only: a chain of models would keep every version of the document alive.
  if (previous) delete previous.model.derivedFrom;
  cache.previous = build;
  cache.pending.clear();
  return build.model;
}

function* buildFresh(text: string, cache: BlockCache): Generator<void, Build, void> {
  const blocks = splitBlocks(text);
  const build = emptyBuild(text, blocks);
  for (const block of blocks) {
    const result = block.frontMatter ? FRONT_MATTER : yield* blockResult(text, block, cache, build.model.stats);
    appendBlock(build, text, block, result);
  }
  return build;
}

/** A block's result: from the pending results (same text), else analysed now, then a pause point. */
function* blockResult(text: string, block: Block, cache: BlockCache, stats: DocumentModel['stats']): Generator<void, BlockResult, void> {
  // A copy: the result outlives this version of the document, and must not keep it alive (detach.ts).
  const source = detachedSlice(text, block.start, block.end);
  const hit = cache.pending.get(source) ?? cache.recent.get(source);
  if (hit) {
    stats.reusedBlocks++;
    cache.pending.set(source, hit);
    return hit;
  }
  const result = analyzeBlock(source);
  cache.pending.set(source, result);
  if (result.parsed) stats.parsedBlocks++;
  yield;
  return result;
}

function* rebuild(text: string, previous: Build, cache: BlockCache, edit?: EditHint): Generator<void, Build, void> {
  const change = edit && trustworthy(edit, previous.model.text, text) ? edit : diffTexts(previous.model.text, text);
  if (!change || (change.start === change.oldEnd && change.oldEnd === change.newEnd)) return reuseAll(previous);
  const split = resplitBlocks(previous.model.blocks, text, change);
  const { blocks, kept, rescanned, delta } = split;
  const old = previous.model;
  const build = emptyBuild(text, blocks);
  const { model } = build;
  rememberReplaced(old, kept, split.resumeOld, cache.recent);

  // Before the edit: the same blocks with the same results.
  model.results = old.results.slice(0, kept);
  model.headings = old.headings.slice(0, kept);
  build.isCode = previous.isCode.slice(0, kept);
  for (let i = 0; i < kept; i++) if (build.isCode[i]) model.code.push({ start: blocks[i].start, end: blocks[i].end });
  model.stats.reusedBlocks += kept;

  // Around the edit: blocks whose text is provably unchanged keep their result; the rest are analysed.
  for (let i = kept; i < kept + rescanned; i++) {
    const block = blocks[i];
    const same = block.frontMatter ? -1 : unchangedOldBlock(old.blocks, block, change, delta);
    if (block.frontMatter) appendBlock(build, text, block, FRONT_MATTER);
    else if (same !== -1) {
      model.stats.reusedBlocks++;
      appendBlock(build, text, block, old.results[same], old.headings[same], previous.isCode[same]);
    } else appendBlock(build, text, block, yield* blockResult(text, block, cache, model.stats));
  }

  // After the edit: the old blocks' results (relative offsets, so nothing moves).
  appendTail(build, previous, split);
  model.derivedFrom = { model: old, kept, rescanned, resumeOld: split.resumeOld };
  return build;
}

/**
 * The old blocks the edit may have replaced, [from, to), with the text each had: an edit that brings
 * one back (a character typed and deleted, an undo) then reuses its result and checks (recentBlocks.ts).
 * Blocks without a parsed result cost nothing to read again; at most a few are copied.
 */
function rememberReplaced(old: DocumentModel, from: number, to: number, recent: RecentBlocks): void {
  for (let i = from, n = 0; i < to && n < RECENT_PER_EDIT; i++) {
    const result = old.results[i];
    if (!result.parsed) continue;
    recent.remember(detachedSlice(old.text, old.blocks[i].start, old.blocks[i].end), result);
    n++;
  }
}

/** An editor's account of an edit is used when it is about the text analysed last and adds up. */
function trustworthy(edit: EditHint, before: string, after: string): boolean {
  return (
    edit.base === before &&
    edit.start >= 0 &&
    edit.start <= edit.oldEnd &&
    edit.start <= edit.newEnd &&
    edit.oldEnd <= before.length &&
    after.length - before.length === edit.newEnd - edit.oldEnd
  );
}

/** The text did not change: a new model over the same blocks. */
function reuseAll(previous: Build): Build {
  const old = previous.model;
  const model = documentModel(old.text, old.blocks);
  model.results = old.results;
  model.headings = old.headings;
  model.code = old.code.slice();
  model.stats = { blocks: old.blocks.length, parsedBlocks: 0, reusedBlocks: old.blocks.length };
  model.derivedFrom = { model: old, kept: old.blocks.length, rescanned: 0, resumeOld: old.blocks.length };
  return { model, isCode: previous.isCode };
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

function appendTail(build: Build, previous: Build, { resumeOld }: Resplit): void {
  const old = previous.model;
  const count = old.blocks.length - resumeOld;
  if (count === 0) return;
  const { model } = build;
  const firstNewBlock = model.blocks.length - count;
  for (let i = resumeOld; i < old.blocks.length; i++) {
    model.results.push(old.results[i]);
    model.headings.push(old.headings[i]);
    build.isCode.push(previous.isCode[i]);
    const block = model.blocks[firstNewBlock + i - resumeOld];
    if (previous.isCode[i]) model.code.push({ start: block.start, end: block.end });
  }
  model.stats.reusedBlocks += count;
}

function emptyBuild(text: string, blocks: Block[]): Build {
  return { model: documentModel(text, blocks), isCode: [] };
}

/** A model whose document-wide lists are assembled from the blocks when first read. */
function documentModel(text: string, blocks: Block[]): DocumentModel {
  let lists: { segments: ProseSegment[]; sentences: Sentence[]; quantities: Quantity[] } | undefined;
  const model = {
    text,
    blocks,
    results: [] as BlockResult[],
    headings: [] as BlockHeading[][],
    code: [] as Span[],
    stats: { blocks: blocks.length, parsedBlocks: 0, reusedBlocks: 0 },
  } as Omit<DocumentModel, 'segments' | 'sentences' | 'quantities'>;
  const flat = () => (lists ??= flatten(model));
  Object.defineProperties(model, {
    segments: { get: () => flat().segments, enumerable: false },
    sentences: { get: () => flat().sentences, enumerable: false },
    quantities: { get: () => flat().quantities, enumerable: false },
  });
  return model as DocumentModel;
}

function flatten(model: Pick<DocumentModel, 'blocks' | 'results'>) {
  const segments: ProseSegment[] = [];
  const sentences: Sentence[] = [];
  const quantities: Quantity[] = [];
  model.blocks.forEach((block, i) => {
    const shift = block.start;
    const result = model.results[i];
    for (const s of result.segments) segments.push({ ...s, start: s.start + shift, end: s.end + shift });
    for (const s of result.sentences) sentences.push({ ...s, start: s.start + shift, end: s.end + shift });
    for (const q of result.quantities) quantities.push({ ...q, start: q.start + shift, end: q.end + shift });
  });
  return { segments, sentences, quantities };
}

function isCodeBlock(text: string, block: Block): boolean {
  // Only the opening line matters; the regex is anchored, so a short prefix is enough.
  return !block.frontMatter && FENCE_START.test(text.slice(block.start, Math.min(block.end, block.start + 16)));
}

/** Appends one block's result (relative offsets), its headings and whether it is code. */
function appendBlock(build: Build, text: string, block: Block, result: BlockResult, headings?: BlockHeading[], isCode?: boolean): void {
  const { model } = build;
  const code = isCode ?? isCodeBlock(text, block);
  model.results.push(result);
  model.headings.push(headings ?? (block.frontMatter ? frontMatterTitle(text, block) : code ? NO_HEADINGS : blockHeadings(text, block, result)));
  build.isCode.push(code);
  if (code) model.code.push({ start: block.start, end: block.end });
}

/** Index of the block starting exactly at `offset`, or -1 (blocks are sorted by start). */
function indexOfStart(blocks: readonly Block[], offset: number): number {
  const i = partitionPoint(blocks, (b) => b.start < offset);
  return i < blocks.length && blocks[i].start === offset ? i : -1;
}

/**
 * The model's quantities inside `span`, moved to offsets relative to its start (the coordinates of
 * proseText(model, span)): a sentence's figures as the judge reads them (JudgeContext.sentenceQuantities).
 * The quantities are in document order (blockAnalysis.ts), so a binary search finds the first one.
 */
export function quantitiesIn(model: DocumentModel, span: Span): Quantity[] {
  const qs = model.quantities;
  const lo = partitionPoint(qs, (q) => q.start < span.start);
  const inside: Quantity[] = [];
  for (let i = lo; i < qs.length && qs[i].end <= span.end; i++) inside.push(qs[i]);
  return relativeTo(inside, span.start);
}

/** Quantities moved to offsets relative to `origin` (copies: the originals keep their offsets). */
export function relativeTo(quantities: readonly Quantity[], origin: number): Quantity[] {
  return quantities.map((q) => ({ ...q, start: q.start - origin, end: q.end - origin }));
}

/**
 * The masked prose of the document at `span` (spaces where there is no prose). Segments are sorted and
 * do not overlap, so a binary search finds the first one the span touches: a call costs the span's
 * length, not the document's (analyze calls this once per claim).
 */
export function proseText(model: DocumentModel, span: Span): string {
  const segments = model.segments;
  const lo = partitionPoint(segments, (s) => s.end <= span.start);
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
