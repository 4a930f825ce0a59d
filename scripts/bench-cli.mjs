#!/usr/bin/env node
// Measures the built CLI (dist/cli.js) as users run it: the time to check examples/*.md, and files per
// second on a folder of generated drafts (default 100; `node scripts/bench-cli.mjs 500`). Each figure is
// the median of 5 runs of a fresh process, so it includes start-up and loading the fact base.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const count = Number(process.argv[2] ?? 100);
const RUNS = 5;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(args, cwd) {
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`tally ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return median(ms);
}

/** Drafts built from the examples and fixtures, varied so no two files are the same. */
function generate(dir) {
  const sources = [
    ...fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.md')).map((f) => path.join(root, 'examples', f)),
    ...fs.readdirSync(path.join(root, 'test/fixtures/cli')).filter((f) => f.endsWith('.md')).map((f) => path.join(root, 'test/fixtures/cli', f)),
  ].map((f) => fs.readFileSync(f, 'utf8'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = `${sources[i % sources.length]}\n\nDraft ${i}: revenue grew ${10 + (i % 50)}% to $${(1 + i / 10).toFixed(1)} billion in 2023.\n`;
    fs.writeFileSync(path.join(dir, `draft-${String(i).padStart(4, '0')}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

if (!fs.existsSync(cli)) {
  console.error('dist/cli.js is missing: run “npm run build” first');
  process.exit(2);
}
const examples = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.md')).map((f) => `examples/${f}`);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-bench-'));
const bytes = generate(dir);
const startup = time(['--version'], root);
const exampleMs = time(['check', '--format', 'json', ...examples], root);
const folderMs = time(['check', '--format', 'json', '.'], dir);
console.log(`node ${process.version}, ${os.cpus().length} CPUs, median of ${RUNS} runs (each a fresh process)`);
console.log(`start-up (tally --version):          ${startup.toFixed(0)} ms`);
console.log(`examples (${examples.length} files):                ${exampleMs.toFixed(0)} ms`);
console.log(`${count} generated drafts (${(bytes / 1024).toFixed(0)} KiB):  ${folderMs.toFixed(0)} ms = ${(count / (folderMs / 1000)).toFixed(0)} files/s (${((count / (folderMs - startup)) * 1000).toFixed(0)} files/s after start-up)`);
fs.rmSync(dir, { recursive: true, force: true });
