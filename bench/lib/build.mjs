// Bundles bench/lib/tally.ts (the core is TypeScript) into .bench/tally.cjs for the benchmark's cells.
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLE = path.join(ROOT, '.bench', 'tally.cjs');

/** How the build steps bundle TypeScript for Node (scripts/lib/requireTs.mjs too). */
export const NODE_CJS = { bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning' };

export async function buildBenchBundle() {
  return bundleTally(ROOT, BUNDLE);
}

/** Bundles `root`'s bench/lib/tally.ts into `outfile` (scripts/compare-analysis.mjs bundles two checkouts). */
export async function bundleTally(root, outfile) {
  await esbuild.build({
    entryPoints: [path.join(root, 'bench', 'lib', 'tally.ts')],
    outfile,
    ...NODE_CJS,
    loader: { '.md': 'text' },
  });
  return outfile;
}
