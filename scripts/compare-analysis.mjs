#!/usr/bin/env node
// Proves a speed-up changes nothing: analyses every corpus draft (test/corpus/**.md) and the four bench
// documents (.bench/corpus/mixed-*.md) cold, with this worktree's code and with another checkout's
// (e.g. main at the session's start), and fails on any difference in claims, findings, suppressed
// findings or problems.
//
//   node scripts/compare-analysis.mjs --base /work/base [--skip-5m]
//
// Each side is bundled (bench/lib/tally.ts, as the benchmark runs it) and run in its own process, which
// prints one SHA-256 per document over the JSON of the whole analysis. For a document whose digests
// differ, both sides are rerun on it to name the first claim or finding that differs.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleTally as bundle } from '../bench/lib/build.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);

const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    'skip-5m': { type: 'boolean', default: false },
    // Internal: run one bundle over a list of files and print digests (or the items of one file).
    worker: { type: 'string' },
    root: { type: 'string' },
    files: { type: 'string' },
    items: { type: 'string' },
  },
});

/** The analysis as a list of JSON lines: one per claim, finding, suppressed finding and problem, then the rest. */
function analysisLines(tally, facts, text) {
  const a = tally.analyze(text, { facts, cache: new tally.BlockCache() });
  const lines = [];
  for (const c of a.claims) lines.push('claim ' + JSON.stringify(c));
  for (const f of a.findings) lines.push('finding ' + JSON.stringify(f));
  for (const f of a.suppressed) lines.push('suppressed ' + JSON.stringify(f));
  for (const p of a.problems) lines.push('problem ' + JSON.stringify(p));
  const { stats, ...rest } = a;
  // stats counts parsed and checked blocks: the same for a cold run, and worth comparing too.
  lines.push('rest ' + JSON.stringify({ ...rest, claims: undefined, findings: undefined, suppressed: undefined, problems: undefined, stats }));
  return lines;
}

function worker() {
  const require = createRequire(import.meta.url);
  const tally = require(args.worker);
  const facts = tally.bundledFacts(args.root);
  if (args.items) {
    process.stdout.write(analysisLines(tally, facts, fs.readFileSync(args.items, 'utf8')).join('\n') + '\n');
    return;
  }
  for (const file of JSON.parse(fs.readFileSync(args.files, 'utf8'))) {
    const hash = createHash('sha256');
    const lines = analysisLines(tally, facts, fs.readFileSync(file, 'utf8'));
    for (const line of lines) hash.update(line + '\n');
    process.stdout.write(`${file}\t${lines.length}\t${hash.digest('hex')}\n`);
  }
}

function corpusFiles() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md') && e.name !== 'README.md') out.push(p);
    }
  };
  walk(path.join(ROOT, 'test', 'corpus'));
  out.sort();
  const bench = path.join(ROOT, '.bench', 'corpus');
  for (const size of ['10k', '100k', '1m', '5m']) {
    if (size === '5m' && args['skip-5m']) continue;
    const f = path.join(bench, `mixed-${size}.md`);
    if (fs.existsSync(f)) out.push(f);
    else console.error(`compare-analysis: ${path.relative(ROOT, f)} is missing (run the bench once to generate it)`);
  }
  return out;
}

function run(bundleFile, root, extra) {
  return execFileSync(process.execPath, ['--max-old-space-size=8192', '--stack-size=4000', SELF, '--worker', bundleFile, '--root', root, ...extra], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
}

function digests(bundleFile, root, listFile) {
  const map = new Map();
  for (const line of run(bundleFile, root, ['--files', listFile]).split('\n')) {
    if (!line) continue;
    const [file, count, digest] = line.split('\t');
    map.set(file, { count: Number(count), digest });
  }
  return map;
}

async function main() {
  if (args.worker) return worker();
  if (!args.base) {
    console.error('usage: node scripts/compare-analysis.mjs --base <checkout of the code to compare with>');
    process.exit(2);
  }
  const baseRoot = path.resolve(args.base);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-compare-'));
  const mine = await bundle(ROOT, path.join(tmp, 'mine.cjs'));
  const theirs = await bundle(baseRoot, path.join(tmp, 'base.cjs'));
  const files = corpusFiles();
  const listFile = path.join(tmp, 'files.json');
  fs.writeFileSync(listFile, JSON.stringify(files));

  const a = digests(theirs, baseRoot, listFile);
  const b = digests(mine, ROOT, listFile);
  let differ = 0;
  let items = 0;
  for (const file of files) {
    const x = a.get(file);
    const y = b.get(file);
    items += y?.count ?? 0;
    if (x && y && x.digest === y.digest) continue;
    differ++;
    const rel = path.relative(ROOT, file);
    const left = run(theirs, baseRoot, ['--items', file]).split('\n');
    const right = run(mine, ROOT, ['--items', file]).split('\n');
    const i = left.findIndex((line, k) => line !== right[k]);
    console.log(`DIFFERS ${rel} (base ${left.length - 1} lines, this ${right.length - 1}); first difference at line ${i}:`);
    console.log(`  base: ${(left[i] ?? '(none)').slice(0, 600)}`);
    console.log(`  this: ${(right[i] ?? '(none)').slice(0, 600)}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`${files.length} documents, ${items} claims, findings and problems compared: ${differ === 0 ? 'identical' : `${differ} differ`}`);
  process.exit(differ === 0 ? 0 : 1);
}

await main();
