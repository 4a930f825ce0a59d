/**
 * Loads the bundled fact base and the workspace fact packs from disk and keeps one indexed FactBase.
 * Shared by the language server and the CLI so both see exactly the same facts.
 *
 * The bundled facts come from the build-time snapshot (dist/facts.snapshot.json) when its hash matches
 * the data files on disk, which skips ~0.8 s of YAML parsing and schema validation at every start;
 * otherwise (edited data, a build without a snapshot, running from source) from the YAML itself.
 * Workspace packs are always read from YAML and merged over the bundled facts the same way either way.
 *
 * Rebuilt only when asked (a watched fact file changed, settings changed); analysis never reloads.
 */
import type { Problem } from '../core/model';
import { factBaseFromSnapshot, factBaseOverSnapshot, loadFactBase, type FactBase, type FactFileText, type FactSnapshot } from '../core/facts/index';
import { bundledDataDir, bundledSnapshotPath, dataFilePath, hashFactFiles, readBundledFactFiles, readFactPackFiles, readFactSnapshot } from './factFiles';

export interface FactStoreOptions {
  /** Workspace fact pack paths (files or folders), relative to `cwd`. Ignored when `trusted` is false. */
  packPaths: string[];
  cwd: string;
  /** In an untrusted workspace only the bundled facts are used. */
  trusted: boolean;
  dataDir?: string;
  /** The snapshot of the bundled facts (default: beside the bundle); `false` always parses the YAML. */
  snapshotPath?: string | false;
}

/** The bundled facts, read once per process: from the snapshot when it matches, else the file texts. */
type Bundled =
  | { kind: 'snapshot'; snapshot: FactSnapshot; dataDir: string; base?: FactBase }
  | { kind: 'yaml'; files: FactFileText[] };

export class FactStore {
  private current: FactBase | undefined;
  private bundled: Bundled | undefined;
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

  /** Whether the bundled facts came from the build-time snapshot (false: parsed from the YAML). */
  get fromSnapshot(): boolean {
    return (this.bundled ??= this.readBundled()).kind === 'snapshot';
  }

  /** The options in force (a copy): worker threads build their own store from them. */
  get settings(): FactStoreOptions {
    return { ...this.options, packPaths: [...this.options.packPaths] };
  }

  configure(options: Partial<FactStoreOptions>): void {
    const before = this.options;
    this.options = { ...this.options, ...options };
    if (this.options.dataDir !== before.dataDir || this.options.snapshotPath !== before.snapshotPath) this.bundled = undefined;
    this.current = undefined;
  }

  /** Drop the workspace packs' cached state; the bundled data never changes while running. */
  invalidate(): void {
    this.current = undefined;
  }

  private build(): FactBase {
    const bundled = (this.bundled ??= this.readBundled());
    const packs = this.options.trusted ? readFactPackFiles(this.options.packPaths, this.options.cwd) : [];
    if (bundled.kind === 'yaml') return loadFactBase([...bundled.files, ...packs]);
    const resolve = (name: string) => dataFilePath(bundled.dataDir, name);
    if (packs.length > 0) return factBaseOverSnapshot(bundled.snapshot, packs, resolve);
    // The bundled-only base never changes while running, so settings changes reuse it.
    return (bundled.base ??= factBaseFromSnapshot(bundled.snapshot, resolve));
  }

  private readBundled(): Bundled {
    const dataDir = this.options.dataDir ?? bundledDataDir();
    const files = readBundledFactFiles(dataDir);
    const snapshotPath = this.options.snapshotPath ?? bundledSnapshotPath();
    const snapshot = snapshotPath === false ? undefined : readFactSnapshot(snapshotPath);
    // The data files are read either way: hashing them is what proves the snapshot still describes them.
    if (snapshot && snapshot.hash === hashFactFiles(files, dataDir)) return { kind: 'snapshot', snapshot, dataDir };
    return { kind: 'yaml', files };
  }
}
