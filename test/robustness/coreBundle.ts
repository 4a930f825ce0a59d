/**
 * Bundles a TypeScript entry (and the core it imports) into one CommonJS file with esbuild, once per
 * test process, so it can run in a worker thread or a child process that may be stopped mid-analysis.
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
const built = new Map<string, string>();

export async function bundle(entry: string): Promise<string> {
  const hit = built.get(entry);
  if (hit) return hit;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-bundle-'));
  const outfile = path.join(dir, path.basename(entry).replace(/\.ts$/, '.cjs'));
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'error', loader: { '.md': 'text' } });
  built.set(entry, outfile);
  return outfile;
}
