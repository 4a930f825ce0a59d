/**
 * The only file-system code of the fact base: finds the bundled data folder and reads fact files
 * into FactFileText for the pure loader (core/facts). Nothing here throws on a missing or unreadable
 * file: such a file comes back with `readError`, and loadFactBase turns it into a problem.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FactFileText } from '../core/facts/index';
import { MAX_FILE_CHARS } from '../core/facts/index';

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
