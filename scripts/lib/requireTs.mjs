// Compiles a tiny TypeScript entry (source text, resolved from the repository root) with esbuild into a
// temporary CommonJS file and requires it: how build steps run the real sources of the core.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { NODE_CJS, ROOT } from '../../bench/lib/build.mjs';

export { ROOT };
const require = createRequire(import.meta.url);

/** The module `contents` (TypeScript) exports, compiled from the current sources. */
export async function requireTs(contents, sourcefile) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-build-'));
  const outfile = path.join(dir, 'entry.cjs');
  try {
    await esbuild.build({
      stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile },
      outfile,
      ...NODE_CJS,
    });
    return require(outfile);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
