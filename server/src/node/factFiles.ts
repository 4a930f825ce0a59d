/**
 * The only file-system code of the fact base: finds the bundled data folder and reads fact files
 * into FactFileText for the pure loader (core/facts), and finds, reads and verifies the build-time
 * snapshot of the bundled data. Nothing here throws on a missing or unreadable file: a fact file comes
 * back with `readError` (loadFactBase turns it into a problem), a bad snapshot as undefined.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isFactSnapshot, MAX_FILE_CHARS, type FactFileText, type FactSnapshot } from '../core/facts/index';

const FACT_FILE = /\.(ya?ml|json)$/i;

/**
 * data/ of the running installation: beside the bundle (dist/*.js -> ../data) when built; when
 * running from source (tests), the data/ folder of the nearest ancestor holding package.json.
 */
export function bundledDataDir(): string {
  const besideBundle = path.resolve(__dirname, '..', 'data');
  if (fs.existsSync(path.join(besideBundle, 'entities.yaml'))) return besideBundle;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'data', 'entities.yaml'))) {
      return path.join(dir, 'data');
    }
    if (path.dirname(dir) === dir) return besideBundle;
  }
}

function readOne(file: string, origin: FactFileText['origin']): FactFileText {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_CHARS) {
      return { path: file, text: '', origin, readError: `the file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.` };
    }
    return { path: file, text: fs.readFileSync(file, 'utf8'), origin };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file.' : code === 'EACCES' ? 'permission denied.' : String(error);
    return { path: file, text: '', origin, readError: reason };
  }
}

/** The fact files directly inside a folder (*.yaml, *.yml, *.json), in name order. */
function filesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && FACT_FILE.test(d.name))
    .map((d) => path.join(dir, d.name))
    .sort();
}

/** data/entities.yaml, data/metrics.yaml and data/facts/*.yaml, in that order. */
export function readBundledFactFiles(dataDir: string): FactFileText[] {
  const out = [readOne(path.join(dataDir, 'entities.yaml'), 'bundled'), readOne(path.join(dataDir, 'metrics.yaml'), 'bundled')];
  const factsDir = path.join(dataDir, 'facts');
  try {
    out.push(...filesIn(factsDir).map((f) => readOne(f, 'bundled')));
  } catch {
    out.push({ path: factsDir, text: '', origin: 'bundled', readError: 'the bundled facts folder is missing.' });
  }
  return out;
}

/**
 * Workspace fact packs. Each path (relative to `cwd`) is a fact file or a folder of fact files;
 * patterns are not expanded. A path that does not exist comes back as a file with `readError`.
 */
export function readFactPackFiles(paths: string[], cwd: string): FactFileText[] {
  const seen = new Set<string>();
  const out: FactFileText[] = [];
  const add = (file: string, read: () => FactFileText) => {
    if (seen.has(file)) return;
    seen.add(file);
    out.push(read());
  };
  for (const given of paths) {
    const resolved = path.resolve(cwd, given);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(resolved);
    } catch {
      add(resolved, () => ({ path: resolved, text: '', origin: 'workspace', readError: 'no such file or folder.' }));
      continue;
    }
    if (stat.isDirectory()) {
      try {
        for (const file of filesIn(resolved)) add(file, () => readOne(file, 'workspace'));
      } catch (error) {
        add(resolved, () => ({ path: resolved, text: '', origin: 'workspace', readError: `the folder could not be listed: ${String(error)}` }));
      }
    } else {
      add(resolved, () => readOne(resolved, 'workspace'));
    }
  }
  return out;
}

/** The snapshot's file name; `npm run build` writes it beside the bundles (dist/). */
export const SNAPSHOT_FILE = 'facts.snapshot.json';

/**
 * The snapshot that belongs to the running bundle: beside it (dist/facts.snapshot.json). Code run from
 * source (tests) has none, so it always loads the YAML through the loader it is testing.
 */
export function bundledSnapshotPath(): string {
  return path.join(__dirname, SNAPSHOT_FILE);
}

/** "facts/openai.yaml": a bundled file's name relative to the data folder, with "/" on every system. */
export function dataFileName(dataDir: string, file: string): string {
  return path.relative(dataDir, file).split(path.sep).join('/');
}

/** The path of a name made by dataFileName, in this installation's data folder. */
export function dataFilePath(dataDir: string, name: string): string {
  return path.join(dataDir, ...name.split('/'));
}

/**
 * A content hash of the bundled fact files: names, texts and read errors. Sizes and modification times
 * are not enough (a fresh clone gives every file a new time); hashing 0.6 MB with SHA-256 takes ~1 ms.
 */
export function hashFactFiles(files: readonly FactFileText[], dataDir: string): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(dataFileName(dataDir, file.path)).update('\u0000');
    hash.update(file.readError === undefined ? `text:${file.text}` : `error:${file.readError}`).update('\u0000');
  }
  return `sha256:${hash.digest('hex')}`;
}

/** The snapshot at `file` when it exists, parses and has the current format; otherwise undefined. */
export function readFactSnapshot(file: string): FactSnapshot | undefined {
  try {
    const json: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return isFactSnapshot(json) ? json : undefined;
  } catch {
    return undefined;
  }
}
