#!/usr/bin/env node
// CPU time of one-character edits through the language server's edit path, in one process per checkout
// (bench/lib/keystroke.ts): this worktree and, with --base, another checkout, alternately, each run in a
// fresh process. Prints p50 / p95 / max / mean (CPU per edit) per run. --typing types forward (no edit
// restores an earlier text) instead of typing and deleting one character in turn.
//
//   node scripts/measure-keystroke.mjs --file .bench/corpus/mixed-5m.md [--edits 60] [--runs 2] [--base /work/base]
import * as path from 'node:path';
import * as os from 'node:os';
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { ROOT } from '../bench/lib/build.mjs';
import { median, percentile } from '../bench/lib/stats.mjs';

const { values: args } = parseArgs({
  options: { file: { type: 'string' }, edits: { type: 'string', default: '60' }, runs: { type: 'string', default: '2' }, base: { type: 'string' }, typing: { type: 'boolean', default: false } },
});
if (!args.file) throw new Error('--file is required');

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-keystroke-'));
async function bundle(root, name) {
  const outfile = path.join(out, `${name}.cjs`);
  // The harness is this checkout's; the server code it imports is `root`'s.
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'bench', 'lib', 'keystroke.ts')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    loader: { '.md': 'text' },
    plugins: [{ name: 'root', setup: (b) => {
      b.onResolve({ filter: /^\.\.\/\.\.\/server\/src\// }, (a) => {
        const file = path.join(root, 'server', 'src', `${a.path.split('/server/src/')[1]}.ts`);
        // A module the other checkout lacks (lsp/blockDiagnostics.ts before session 14) is empty.
        return fs.existsSync(file) ? { path: file } : { path: file, namespace: 'absent' };
      });
      b.onLoad({ filter: /.*/, namespace: 'absent' }, () => ({ contents: 'export {}', loader: 'js' }));
    } }],
    nodePaths: [path.join(ROOT, 'node_modules')],
  });
  return outfile;
}

const sides = [['this', await bundle(ROOT, 'this'), ROOT]];
if (args.base) sides.unshift(['base', await bundle(path.resolve(args.base), 'base'), path.resolve(args.base)]);
for (let run = 1; run <= Number(args.runs); run++) {
  for (const [name, file, root] of sides) {
    const { times } = JSON.parse(execFileSync('node', [file, path.resolve(args.file), args.edits, root, args.typing ? 'typing' : 'toggle'], { encoding: 'utf8', maxBuffer: 1 << 24 }));
    console.log(`${name} run ${run}: p50 ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms, mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)} ms (${times.length} edits)`);
  }
}
fs.rmSync(out, { recursive: true, force: true });
