/**
 * Loads the bundled fact base and the workspace fact packs from disk and keeps one indexed FactBase.
 * Shared by the language server and the CLI so both see exactly the same facts.
 *
 * Rebuilt only when asked (a watched fact file changed, settings changed); analysis never reloads.
 */
import type { Problem } from '../core/model';
import { loadFactBase, type FactBase, type FactFileText } from '../core/facts/index';
import { bundledDataDir, readBundledFactFiles, readFactPackFiles } from './factFiles';

export interface FactStoreOptions {
  /** Workspace fact pack paths (files or folders), relative to `cwd`. Ignored when `trusted` is false. */
  packPaths: string[];
  cwd: string;
  /** In an untrusted workspace only the bundled facts are used. */
  trusted: boolean;
  dataDir?: string;
}

export class FactStore {
  private current: FactBase | undefined;
  private bundled: FactFileText[] | undefined;
  private options: FactStoreOptions;

  constructor(options: FactStoreOptions) {
    this.options = options;
  }

  get facts(): FactBase {
    return (this.current ??= this.build());
  }

  /** Problems found in fact files, each with its file and line. */
  get problems(): readonly Problem[] {
    return this.facts.problems;
  }

  configure(options: Partial<FactStoreOptions>): void {
    this.options = { ...this.options, ...options };
    this.current = undefined;
  }

  /** Drop the workspace packs' cached state; the bundled data never changes while running. */
  invalidate(): void {
    this.current = undefined;
  }

  private build(): FactBase {
    this.bundled ??= readBundledFactFiles(this.options.dataDir ?? bundledDataDir());
    const packs = this.options.trusted ? readFactPackFiles(this.options.packPaths, this.options.cwd) : [];
    return loadFactBase([...this.bundled, ...packs]);
  }
}
