/**
 * Per-document analysis cache: one analysis per (uri, version), shared by diagnostics, hover and code
 * actions, plus the block cache that makes re-analysis after an edit cost only the edited blocks.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../core/analyze';
import { BlockCache } from '../core/document/documentModel';
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

export class DocumentStates {
  private entries = new Map<string, Entry>();
  private caches = new Map<string, BlockCache>();
  /** Bumped whenever facts or settings change so cached analyses are recomputed. */
  private generation = 0;

  invalidateAll(): void {
    this.generation++;
  }

  analysisFor(doc: TextDocument, facts: FactBase, options: Options, locale: Locale): Analysis {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === this.generation) return hit.analysis;
    let cache = this.caches.get(doc.uri);
    if (!cache) {
      cache = new BlockCache();
      this.caches.set(doc.uri, cache);
    }
    const analysis = analyze(doc.getText(), { facts, options, locale, cache });
    this.entries.set(doc.uri, { version: doc.version, generation: this.generation, analysis, cache });
    return analysis;
  }

  /** The analysis of exactly this version, if it was computed. */
  cached(uri: string, version?: number): Analysis | undefined {
    const hit = this.entries.get(uri);
    if (!hit || (version !== undefined && hit.version !== version)) return undefined;
    return hit.analysis;
  }

  close(uri: string): void {
    this.entries.delete(uri);
    this.caches.delete(uri);
  }
}
