#!/usr/bin/env node
// `npm run bench`: Tally against its floor (remark-parse + remark-gfm of the whole document) and its
// peers (markdownlint, VS Code's Markdown language server) on generated mixed EN/ZH AI-finance Markdown
// at 10 KB, 100 KB, 1 MB and 5 MB, plus adversarial inputs at 1×/10×/100×. Ratios are taken within one
// run on one machine, so machine speed cancels out. Prints Markdown tables for the README.
// Exit code 1 when an adversarial input grows clearly worse than linearly (or overruns its budget).
//
//   npm run bench [-- --sizes 10k,100k --edits 200 --no-peers --no-adversarial --adv-base 2000]
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { generateDocument, SIZES } from './generate.mjs';
import { buildBenchBundle, ROOT } from './lib/build.mjs';
import { benchMarkdownServer, benchServerStart, benchTallyServer } from './lib/lspBench.mjs';
import { machine } from './lib/machine.mjs';
import { growthExponent, max, mb, median, ms, percentile, ratio, table } from './lib/stats.mjs';

const { values: opt } = parseArgs({
  options: {
    sizes: { type: 'string', default: Object.keys(SIZES).join(',') },
    edits: { type: 'string', default: '200' },
    'no-peers': { type: 'boolean', default: false },
    'no-adversarial': { type: 'boolean', default: false },
    'adv-base': { type: 'string', default: '2000' },
  },
});
const CORPUS = path.join(ROOT, '.bench', 'corpus');
const ADVERSARIAL_LIMIT_K = 1.3; // growth exponent that counts as "clearly worse than linear"
const log = (s) => process.stderr.write(s + '\n');

/** Runs one cell (bench/cell.mjs) in its own process; undefined if it overran `timeoutMs`. */
function cell(task, input, maxRuns, budgetMs, timeoutMs = 600_000) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--max-old-space-size=8192', path.join(ROOT, 'bench', 'cell.mjs'), task, input, String(maxRuns), String(budgetMs)], { timeout: timeoutMs, maxBuffer: 1 << 20 }, (err, stdout) => {
      if (err) {
        log(`  ${task} ${input}: ${err.killed ? `stopped after ${timeoutMs / 1000} s` : err.message.split('\n')[0]}`);
        resolve(undefined);
      } else resolve(JSON.parse(stdout.trim().split('\n').pop()));
    });
  });
}

/** Fewer repetitions for bigger inputs; every cell also stops after its time budget. */
const runsFor = (bytes) => (bytes <= 20_000 ? 20 : bytes <= 200_000 ? 10 : bytes <= 2_000_000 ? 5 : 3);

async function main() {
  const sizes = opt.sizes.split(',').map((s) => s.trim()).filter((s) => s in SIZES);
  const edits = Number(opt.edits);
  fs.mkdirSync(CORPUS, { recursive: true });
  const files = {};
  for (const name of sizes) {
    files[name] = path.join(CORPUS, `mixed-${name}.md`);
    fs.writeFileSync(files[name], generateDocument(SIZES[name]));
  }
  fs.writeFileSync(path.join(CORPUS, 'mixed-10k.md'), generateDocument(SIZES['10k'])); // the cells' warm-up text
  await buildBenchBundle();
  if (!fs.existsSync(path.join(ROOT, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run `npm run build` first');

  const rows = {};
  for (const name of sizes) {
    const file = files[name];
    const text = fs.readFileSync(file, 'utf8');
    const bytes = Buffer.byteLength(text);
    const runs = runsFor(bytes);
    log(`${name}: ${bytes.toLocaleString('en')} bytes`);
    const row = (rows[name] = { bytes, chars: text.length });
    row.floor = await cell('remark-gfm', file, runs, 20_000);
    row.cold = await cell('tally-cold', file, runs, 30_000);
    row.remark = await cell('remark', file, runs, 20_000);
    row.recognize = await cell('recognize', file, runs, 20_000);
    row.server = await benchTallyServer({ root: ROOT, file, text, opens: bytes > 2_000_000 ? 1 : 3, edits, seed: 7 });
    if (!opt['no-peers']) {
      row.markdownlint = await cell('markdownlint', file, runs, 20_000);
      row.mdls = await benchMarkdownServer({ root: ROOT, file, text, edits: bytes <= 200_000 ? 20 : bytes <= 2_000_000 ? 5 : 3, seed: 7 });
    }
  }
  const start = await benchStart();
  const cliRow = await benchCliFolder(100);
  const adversarial = opt['no-adversarial'] ? undefined : await runAdversarial(Number(opt['adv-base']));
  const failed = report(rows, sizes, adversarial, cliRow, start);
  process.exitCode = failed ? 1 : 0;
}

/** Issue #9's start-up target: a fresh server on a small generated draft (about 2 KB, 300-odd words). */
const START_DRAFT_BYTES = 2_000;
const START_TARGET_MS = 500;

async function benchStart() {
  const file = path.join(CORPUS, 'start-draft.md');
  const text = generateDocument(START_DRAFT_BYTES, 1);
  fs.writeFileSync(file, text);
  const times = await benchServerStart({ root: ROOT, file, text, runs: 7 });
  log(`server start → first diagnostics (${Buffer.byteLength(text)} bytes): ${ms(median(times))} ms`);
  return { bytes: Buffer.byteLength(text), times };
}

/**
 * `tally check <folder>` on `count` generated drafts (about 5 KB each), as a fresh process the way CI
 * runs it (start-up and fact loading included), against remark-parse over the same files in one process.
 */
async function benchCliFolder(count) {
  // Outside the repository: .bench/ is git-ignored, and the CLI honours .gitignore.
  const dir = path.join(os.tmpdir(), 'tally-bench-drafts');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `draft-${String(i).padStart(3, '0')}.md`), generateDocument(5_000, i + 1));
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const code = await new Promise((resolve) =>
      execFile(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', dir, '--format', 'json'], { cwd: dir, maxBuffer: 256 << 20 }, (err) => resolve(err ? err.code : 0)),
    );
    if (code !== 0 && code !== 1) throw new Error(`tally check on the bench drafts exited ${code}`);
    times.push(performance.now() - t0);
  }
  const floor = await cell('remark-dir', `dir:${dir}`, 5, 20_000);
  log(`cli on ${count} drafts: ${ms(median(times))} ms; remark alone ${ms(median(floor?.times ?? []))} ms`);
  return { count, cli: median(times), remark: median(floor?.times ?? []) };
}

/** Each adversarial document at 1×, 10× and 100× the base size: cold analysis medians and the growth exponent. */
async function runAdversarial(base) {
  const { ADVERSARIAL } = await import(path.join(ROOT, '.bench', 'tally.cjs'));
  const out = [];
  for (const name of Object.keys(ADVERSARIAL)) {
    const times = [];
    for (const factor of [1, 10, 100]) {
      // A budget generous for linear growth (a realistic 100 KB draft takes about a second here).
      const r = await cell('tally-cold', `adv:${name}:${base * factor}`, factor === 100 ? 1 : 3, 5_000, 60_000 + base * factor);
      times.push(r ? median(r.times) : Infinity);
    }
    // Both steps count: at 1× constant overheads hide growth, at 100× a per-sentence cap can.
    const k = Number.isFinite(times[2]) ? Math.max(growthExponent(base, times[0], 10 * base, times[1]), growthExponent(10 * base, times[1], 100 * base, times[2])) : Infinity;
    log(`  adversarial ${name}: ${times.map(ms).join(' / ')} ms, k ${k.toFixed(2)}`);
    out.push({ name, times, k, ok: k <= ADVERSARIAL_LIMIT_K });
  }
  return { base, cases: out };
}

function report(rows, sizes, adversarial, cliRow, start) {
  const m = machine();
  const lines = [];
  lines.push(`Machine: ${m.nproc} cores (nproc), ${m.cpu}, ${m.memGB} GiB, Node ${m.node}; 1-minute load average at the end ${m.load.toFixed(1)}.`);
  lines.push('Medians over repeated runs in one `npm run bench`; "floor" = remark-parse + remark-gfm of the whole document.');
  lines.push('Peak memory is the kernel high-water mark of each process (VmHWM; cells: resourceUsage().maxRSS).', '');
  const sizeRows = sizes.map((name) => {
    const r = rows[name];
    const floor = median(r.floor?.times ?? []);
    const cold = median(r.cold?.times ?? []);
    const k = r.server?.keys ?? [];
    return [
      `${name} (${(r.bytes / 1e6).toFixed(2)} MB)`,
      ms(floor),
      `${ms(cold)} (${ratio(cold / floor)})`,
      `${ms(median(r.server?.firstTimes ?? []))} (${ratio(median(r.server?.firstTimes ?? []) / floor)})`,
      `${ms(median(r.server?.openTimes ?? []))} (${ratio(median(r.server?.openTimes ?? []) / floor)})`,
      `${ms(median(k))} / ${ms(percentile(k, 95))} / ${ms(max(k))} (n=${k.length})`,
      `${mb(r.server?.peakRssMB)} (${ratio(r.server?.peakRssMB / r.floor?.peakRssMB)})`,
      mb(r.floor?.peakRssMB),
      r.markdownlint ? ms(median(r.markdownlint.times)) : '–',
      r.mdls ? `${ms(r.mdls.openMs)} / ${ms(median(r.mdls.keys))}` : '–',
      r.mdls ? mb(r.mdls.peakRssMB) : '–',
    ];
  });
  lines.push(
    table(['size', 'floor ms', 'Tally cold ms (× floor)', 'server open→first diagnostics ms (× floor)', 'server open→all diagnostics ms (× floor)', 'keystroke→diagnostics p50 / p95 / max ms', 'server peak RSS (× floor)', 'floor peak RSS', 'markdownlint ms', 'VS Code md server open / keystroke ms', 'md server RSS'], sizeRows),
    '',
  );
  lines.push(
    table(
      ['size', 'remark-parse ms', 'recogniser alone ms (× remark-parse)'],
      sizes.map((name) => {
        const remark = median(rows[name].remark?.times ?? []);
        const rec = median(rows[name].recognize?.times ?? []);
        return [name, ms(remark), `${ms(rec)} (${ratio(rec / remark)})`];
      }),
    ),
    '',
  );
  if (cliRow) {
    lines.push(
      table(['CLI', 'ms', 'remark-parse alone ms', '× remark'], [[`tally check on ${cliRow.count} drafts (fresh process)`, ms(cliRow.cli), ms(cliRow.remark), ratio(cliRow.cli / cliRow.remark)]]),
      '',
    );
  }
  lines.push(
    table(['server start', 'ms (median of fresh processes)'], [[`spawn → first diagnostics, small draft (${start.bytes.toLocaleString('en')} bytes)`, `${ms(median(start.times))} (n=${start.times.length})`]]),
    '',
  );
  const targets = targetRows(rows, sizes, start);
  lines.push(table(['target', 'measured', 'met'], targets.map((t) => [t.name, t.measured, t.ok === undefined ? 'n/a' : t.ok ? '✅' : '❌'])), '');
  let failed = false;
  if (adversarial) {
    const b = adversarial.base;
    lines.push(
      table(
        ['adversarial input', `${b / 1000} KB ms`, `${(10 * b) / 1000} KB ms`, `${(100 * b) / 1000} KB ms`, 'growth k (worst step)', `k ≤ ${ADVERSARIAL_LIMIT_K}`],
        adversarial.cases.map((c) => [c.name, ...c.times.map((t) => (Number.isFinite(t) ? ms(t) : 'over budget')), Number.isFinite(c.k) ? c.k.toFixed(2) : '∞', c.ok ? '✅' : '❌']),
      ),
      '',
    );
    failed = adversarial.cases.some((c) => !c.ok);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return failed;
}

function targetRows(rows, sizes, start) {
  const out = [];
  const startMs = median(start.times);
  out.push({ name: `server start → first diagnostics (small draft) ≤ ${START_TARGET_MS} ms`, measured: `${ms(startMs)} ms`, ok: startMs <= START_TARGET_MS });
  const has = (n) => sizes.includes(n) && rows[n].server;
  for (const name of sizes) {
    const r = rows[name];
    const ratioCold = median(r.cold?.times ?? []) / median(r.floor?.times ?? []);
    out.push({ name: `cold full check ≤ 1.0× floor (${name})`, measured: ratio(ratioCold), ok: ratioCold <= 1 });
  }
  if (has('1m')) {
    const k = rows['1m'].server.keys;
    out.push({ name: 'keystroke 1 MB: p50 ≤ 16, p95 ≤ 50, max ≤ 100 ms', measured: `${ms(median(k))} / ${ms(percentile(k, 95))} / ${ms(max(k))}`, ok: median(k) <= 16 && percentile(k, 95) <= 50 && max(k) <= 100 });
  }
  if (has('5m')) {
    const k = rows['5m'].server.keys;
    out.push({ name: 'keystroke 5 MB: p95 ≤ 150 ms', measured: ms(percentile(k, 95)), ok: percentile(k, 95) <= 150 });
    const memRatio = rows['5m'].server.peakRssMB / rows['5m'].floor?.peakRssMB;
    out.push({ name: 'server peak RSS at 5 MB < ¼ of the floor\'s', measured: ratio(memRatio), ok: memRatio < 0.25 });
  }
  const measured = sizes.filter((n) => rows[n].cold);
  if (measured.length >= 2) {
    const a = rows[measured[0]];
    const b = rows[measured[measured.length - 1]];
    const k = growthExponent(a.bytes, median(a.cold.times), b.bytes, median(b.cold.times));
    out.push({ name: `time per MB flat: growth exponent ≤ 1.1 (${measured[0]}→${measured[measured.length - 1]})`, measured: k.toFixed(2), ok: k <= 1.1 });
  }
  return out;
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exitCode = 2;
});
