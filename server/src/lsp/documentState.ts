/**
 * Per-document analysis cache: one analysis per (uri, version), shared by diagnostics, hover and code
 * actions, plus the block cache that makes re-analysis after an edit cost only the edited blocks.
 *
 * A first analysis of a multi-megabyte draft (remark and the checks on every block) takes seconds, so
 * analysisForAsync runs analyzeSteps in slices of a few milliseconds, giving the event loop back
 * between slices: the server keeps answering hovers and newer edits, and a request cancelled meanwhile
 * stops at the next slice (the blocks it finished stay cached for the next request). After a keystroke
 * the whole run usually fits in one slice.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { analyzeSteps, type Analysis } from '../core/analyze';
import { BlockCache, type EditHint } from '../core/document/documentModel';
import type { FactBase } from '../core/facts/index';
import type { Options } from '../core/options';
import type { Locale } from '../core/i18n/messages';

interface Entry {
  version: number;
  /** The key of the facts/options/locale the analysis used; a change invalidates it. */
  generation: number;
  analysis: Analysis;
  cache: BlockCache;
}

/** How long the block stage runs before it yields to the event loop. */
const SLICE_MS = 8;

export class DocumentStates {
  private entries = new Map<string, Entry>();
  /** Per document: where it changed since the text of the analysis before (see noteEdit). */
  private edits = new Map<string, EditHint>();
  /** Background checks under way, by document. */
  private background = new Map<string, { version: number; generation: number; promise: Promise<Analysis> }>();
  private caches = new Map<string, BlockCache>();
  /** Bumped whenever facts or settings change so cached analyses are recomputed. */
  private generation = 0;

  /**
   * Records an edit as the editor reports it ([start, end) of `before` replaced by `length` characters),
   * merged with the edits since the last analysis began, so the next analysis need not compare texts.
   */
  noteEdit(uri: string, before: string, start: number, end: number, length: number): void {
    const last = this.edits.get(uri);
    if (!last) {
      this.edits.set(uri, { base: before, start, oldEnd: end, newEnd: start + length });
      return;
    }
    // Merge: the region the new edit touches, in the current text, grows the pending one.
    const reach = Math.max(last.newEnd, end);
    this.edits.set(uri, {
      base: last.base,
      start: Math.min(last.start, start),
      oldEnd: last.oldEnd + (reach - last.newEnd),
      newEnd: reach + length - (end - start),
    });
  }

  /**
   * Checks this version without a request waiting on it (nothing cancels it); requests for the same
   * version meanwhile wait for it instead of starting their own run.
   */
  analyseInBackground(doc: TextDocument, facts: FactBase, options: Options, locale: Locale): Promise<Analysis> {
    const promise = this.analysisForAsync(doc, facts, options, locale);
    const entry = { version: doc.version, generation: this.generation, promise };
    this.background.set(doc.uri, entry);
    const done = () => {
      if (this.background.get(doc.uri) === entry) this.background.delete(doc.uri);
    };
    promise.then(done, done);
    return promise;
  }

  /** Whether any version of the document was analysed since it was opened. */
  hasAnalysis(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** Drops what is known about edits since the last analysis (the next one compares texts). */
  forgetEdits(uri: string): void {
    this.edits.delete(uri);
  }

  invalidateAll(): void {
    this.generation++;
  }

  /**
   * The analysis of this version, computed if needed. The block stage runs in slices and stops with a
   * RequestCancelled error when `token` is cancelled between slices.
   */
  async analysisForAsync(doc: TextDocument, facts: FactBase, options: Options, locale: Locale, token?: CancellationToken): Promise<Analysis> {
    const hit = this.cached(doc.uri, doc.version, true);
    if (hit) return hit;
    throwIfCancelled(token);
    // A background check of this very version is under way (a long report just opened): share it.
    const running = this.background.get(doc.uri);
    if (running && running.version === doc.version && running.generation === this.generation) {
      const analysis = await running.promise;
      throwIfCancelled(token);
      return analysis;
    }
    const cache = this.cacheOf(doc.uri);
    const generation = this.generation;
    const edit = this.edits.get(doc.uri);
    this.edits.delete(doc.uri);
    const steps = analyzeSteps(doc.getText(), { facts, options, locale, cache, ...(edit ? { edit } : {}) });
    let deadline = performance.now() + SLICE_MS;
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        if (generation === this.generation) this.entries.set(doc.uri, { version: doc.version, generation, analysis: step.value, cache });
        return step.value;
      }
      if (performance.now() < deadline) continue;
      await new Promise<void>((resolve) => setImmediate(resolve));
      throwIfCancelled(token);
      // Another request may have finished this version while this one was paused.
      const done = this.cached(doc.uri, doc.version, true);
      if (done) return done;
      deadline = performance.now() + SLICE_MS;
    }
  }

  /** The analysis of exactly this version, if it was computed (and, if `current`, with the current settings). */
  cached(uri: string, version?: number, current = false): Analysis | undefined {
    const hit = this.entries.get(uri);
    if (!hit || (version !== undefined && hit.version !== version)) return undefined;
    if (current && hit.generation !== this.generation) return undefined;
    return hit.analysis;
  }

  close(uri: string): void {
    this.entries.delete(uri);
    this.edits.delete(uri);
    this.caches.delete(uri);
  }

  private cacheOf(uri: string): BlockCache {
    let cache = this.caches.get(uri);
    if (!cache) {
      cache = new BlockCache();
      this.caches.set(uri, cache);
    }
    return cache;
  }
}

export function throwIfCancelled(token?: CancellationToken): void {
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}
