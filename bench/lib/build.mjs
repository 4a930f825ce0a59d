// Bundles bench/lib/tally.ts (the core is TypeScript) into .bench/tally.cjs for the benchmark's cells.
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLE = path.join(ROOT, '.bench', 'tally.cjs');

export async function buildBenchBundle() {
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'bench', 'lib', 'tally.ts')],
    outfile: BUNDLE,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    loader: { '.md': 'text' },
  });
  return BUNDLE;
}
