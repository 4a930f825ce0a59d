/**
 * Loads a CommonJS bundle with a V8 code cache kept in a private per-user folder, so that every start
 * after the first skips compiling the bundle and the functions its first check runs (about a quarter of
 * spawn → first diagnostics on a small draft). The cache is written by the runtime that reads it — VS
 * Code's Electron Node rejects one made at build time — once the first check has run, so the lazily
 * compiled functions are in it.
 *
 * Safety: the file name is a hash of the bundle's text, the runtime's version and architecture (V8 checks
 * only a cache's length against the source, so a changed bundle must never meet an old cache); V8 itself
 * rejects a cache of another version or other flags, and the bundle is then compiled as usual and the
 * cache rewritten. Cached bytecode runs as code, so the folder and the file must belong to the user and
 * be writable by no one else, and the folder must not be a link; otherwise, or on any error, the bundle
 * is required the ordinary way. Files are written whole under a temporary name, then renamed.
 * TALLY_COMPILE_CACHE=off disables the cache; TALLY_COMPILE_CACHE=<folder> moves it.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** Cache files of other bundles or runtimes kept beside the current one (the newest first). */
const KEEP_OTHERS = 3;
const SUFFIX = '.v8cache';

export interface LoadedBundle {
  exports: unknown;
  /** Whether V8 took the bundle's compiled code from the cache. */
  fromCache: boolean;
  /** Writes the code cache, when one was not read (or V8 rejected it); later calls do nothing. */
  save: () => void;
}

/**
 * The cache folder: TALLY_COMPILE_CACHE when it is a path, none when it is "off" (or "0"), otherwise
 * the system's per-user cache folder (XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, %LOCALAPPDATA%).
 */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string | undefined {
  const setting = env.TALLY_COMPILE_CACHE?.trim();
  if (setting === 'off' || setting === '0') return undefined;
  if (setting && path.isAbsolute(setting)) return setting;
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'tally', 'Cache', 'v8');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'tally', 'v8');
  const xdg = env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache'), 'tally', 'v8');
}

/** The cache file's name for one bundle text under the running runtime (hashing the bytes is ~10× faster than the string). */
export function compileCacheName(source: Buffer | string): string {
  const hash = createHash('sha256').update(`${process.version}\0${process.arch}\0`).update(source).digest('hex');
  return `${hash.slice(0, 32)}${SUFFIX}`;
}

/** Owned by this user and writable by no one else (always true where there are no POSIX owners). */
function isPrivate(stat: fs.Stats): boolean {
  const uid = process.getuid?.();
  return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
}

/** The folder, created private if missing; undefined when it is a link, not ours or open to others. */
function privateDir(dir: string): string | undefined {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = fs.lstatSync(dir);
  return stat.isDirectory() && isPrivate(stat) ? dir : undefined;
}

function readCache(file: string): Buffer | undefined {
  try {
    const stat = fs.lstatSync(file);
    return stat.isFile() && isPrivate(stat) ? fs.readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(dir: string, file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, data, { mode: 0o600 });
  fs.renameSync(temporary, file);
  const others = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(SUFFIX) && path.join(dir, name) !== file)
    .map((name) => ({ name, time: fs.statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of others.slice(KEEP_OTHERS)) fs.rmSync(path.join(dir, old.name), { force: true });
}

/** `require(file)`, through the code cache in `dir` when there is one to use. */
export function requireWithCompileCache(file: string, dir: string | undefined): LoadedBundle {
  const plain = (): LoadedBundle => ({ exports: Module.createRequire(file)(file) as unknown, fromCache: false, save: () => undefined });
  let bytes: Buffer;
  let folder: string | undefined;
  try {
    folder = dir === undefined ? undefined : privateDir(dir);
    if (folder === undefined) return plain();
    bytes = fs.readFileSync(file);
  } catch {
    return plain();
  }
  const source = bytes.toString('utf8');
  const cacheFile = path.join(folder, compileCacheName(bytes));
  const cachedData = readCache(cacheFile);
  // Node's own CommonJS wrapper, on the source's first line so that line numbers stay as they are.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, { filename: file, cachedData });
  const bundle = new Module(file);
  bundle.filename = file;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, path.dirname(file));
  bundle.loaded = true;
  const fromCache = cachedData !== undefined && script.cachedDataRejected === false;
  let pending = !fromCache;
  const dirForWrite = folder;
  return {
    exports: bundle.exports,
    fromCache,
    save: () => {
      if (!pending) return;
      pending = false;
      try {
        writeCache(dirForWrite, cacheFile, script.createCachedData());
      } catch {
        // A cache that cannot be written only costs the next start its compile time.
      }
    },
  };
}
