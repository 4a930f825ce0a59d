#!/usr/bin/env node
// Scores the claim recogniser against third-party cases (../shared/conformance/recognizers-text.jsonl,
// Microsoft Recognizers-Text specs; read that folder's README for the conventions).
//
// Runs `node dist/cli.js extract --format jsonl --lang <lang>` once per language and prints, per
// language x kind, over non-skipped cases: span precision, span recall and value-correct recall.
// Skipped cases ("NotSupported" for JavaScript upstream) and the dimension kind are reported apart.
//
// How our kinds map to theirs:
// - their `currency` = our `money` (same span, same value; their Cent/Pence/Penny values are in
//   hundredths, so they are divided by 100 before comparing). A bare "$" or "dollar" has no ISO code
//   upstream: when we assume USD it is counted as "currency assumed", not as a mismatch.
// - their `percent` = our `percent` and `points` (upstream reads 个百分点 as a percentage).
// - their `number` = the written number inside each of our quantities (numberStart..numberEnd),
//   whatever its kind. In Chinese cases numbers inside money are not expected (一美元 gives nothing),
//   so money is left out there; in English cases "$20" expects 20, so money is kept.
// - their `dimension`: we do not read units of measure; we report how many of their entities hold one
//   of our numbers with the same value, for information only.
// Expected entities without a value (a bare currency name such as "dollar") count in span recall but
// not in value-correct recall: there is no value to get right.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataPath = path.resolve(root, '../shared/conformance/recognizers-text.jsonl');
// TALLY_CLI points at another build of the CLI (e.g. a local driver while dist/ is being reworked).
const cli = process.env.TALLY_CLI ? path.resolve(process.env.TALLY_CLI) : path.join(root, 'dist/cli.js');
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const onlyKind = argValue('--kind');
const onlyLang = argValue('--lang');

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (!existsSync(dataPath)) {
  console.log(`conformance: ${dataPath} not found; nothing to score.`);
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error('conformance: dist/cli.js is missing; run `npm run build` first.');
  process.exit(2);
}

const cases = readFileSync(dataPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

function extract(lang, inputs) {
  const r = spawnSync(process.execPath, [cli, 'extract', '--format', 'jsonl', '--lang', lang], {
    input: inputs.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(2);
  }
  const out = r.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  if (out.length !== inputs.length) {
    console.error(`conformance: expected ${inputs.length} output lines for ${lang}, got ${out.length}`);
    process.exit(2);
  }
  return out;
}

const SUBUNIT = new Set(['Cent', 'Pence', 'Penny']);
const close = (a, b) => a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

/** Our predictions for one case, in the upstream kind's terms. */
function predictionsFor(c, quantities) {
  switch (c.kind) {
    case 'currency':
      return quantities.filter((q) => q.kind === 'money').map((q) => ({ start: q.start, end: q.end, value: q.value, currency: q.currency }));
    case 'percent':
      return quantities
        .filter((q) => q.kind === 'percent' || q.kind === 'points')
        .map((q) => ({ start: q.start, end: q.end, value: q.value }));
    default:
      return quantities
        .filter((q) => !(c.lang === 'zh' && q.kind === 'money'))
        .map((q) => ({ start: q.numberStart, end: q.numberEnd, value: q.value }));
  }
}

function expectedValue(e) {
  if (e.value === null) return null;
  return SUBUNIT.has(e.unit) ? e.value / 100 : e.value;
}

function newTally() {
  return { cases: 0, predicted: 0, expected: 0, withValue: 0, spanHits: 0, predHits: 0, valueHits: 0, curAgreed: 0, curAssumed: 0, curDiffers: 0 };
}

const tallies = new Map();
const misses = [];
function tallyOf(key) {
  if (!tallies.has(key)) tallies.set(key, newTally());
  return tallies.get(key);
}

for (const lang of ['en', 'zh']) {
  if (onlyLang && lang !== onlyLang) continue;
  const mine = cases.filter((c) => c.lang === lang && (!onlyKind || c.kind === onlyKind));
  if (mine.length === 0) continue;
  const outs = extract(lang, mine.map((c) => c.input));
  mine.forEach((c, k) => {
    const quantities = outs[k].quantities;
    const t = tallyOf(`${c.skip ? 'skipped' : 'scored'}|${lang}|${c.kind}`);
    t.cases++;
    if (c.kind === 'dimension') {
      t.expected += c.expected.length;
      for (const e of c.expected) {
        const hit = quantities.some((q) => q.numberStart >= e.start && q.numberEnd <= e.end && close(q.value, e.value));
        if (hit) t.valueHits++;
      }
      return;
    }
    const preds = predictionsFor(c, quantities);
    t.predicted += preds.length;
    t.expected += c.expected.length;
    const used = new Set();
    for (const e of c.expected) {
      const ev = expectedValue(e);
      if (ev !== null) t.withValue++;
      const pi = preds.findIndex((p, i) => !used.has(i) && p.start === e.start && p.end === e.end);
      if (pi < 0) {
        if (verbose && !c.skip) misses.push(`${lang} ${c.kind} MISS  ${JSON.stringify(c.input)}  want ${JSON.stringify(e.text)}=${e.value}`);
        continue;
      }
      used.add(pi);
      t.spanHits++;
      const p = preds[pi];
      if (ev !== null && close(p.value, ev)) t.valueHits++;
      else if (verbose && !c.skip) misses.push(`${lang} ${c.kind} VALUE ${JSON.stringify(c.input)}  want ${JSON.stringify(e.text)}=${ev} got ${p.value}`);
      if (c.kind === 'currency') {
        if (e.currency === null && p.currency) t.curAssumed++;
        else if (e.currency === p.currency) t.curAgreed++;
        else t.curDiffers++;
      }
    }
    t.predHits += used.size;
    if (verbose && !c.skip) {
      preds.forEach((p, i) => {
        if (!used.has(i)) misses.push(`${lang} ${c.kind} EXTRA ${JSON.stringify(c.input)}  got ${JSON.stringify(c.input.slice(p.start, p.end))}=${p.value}`);
      });
    }
  });
}

const pct = (a, b) => (b === 0 ? '   n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
function table(group) {
  const rows = [...tallies.entries()].filter(([k]) => k.startsWith(group + '|')).sort(([a], [b]) => a.localeCompare(b));
  if (rows.length === 0) return;
  console.log(`\n${group === 'scored' ? 'Scored (non-skipped) cases' : 'Skipped cases (NotSupported upstream for JavaScript), reported apart'}`);
  console.log('lang  kind       cases  expected  predicted  span-precision  span-recall  value-correct-recall');
  for (const [key, t] of rows) {
    const [, lang, kind] = key.split('|');
    if (kind === 'dimension') continue;
    console.log(
      `${lang.padEnd(5)} ${kind.padEnd(10)} ${String(t.cases).padStart(5)} ${String(t.expected).padStart(9)} ${String(t.predicted).padStart(10)}  ` +
        `${pct(t.predHits, t.predicted).padStart(14)}  ${pct(t.spanHits, t.expected).padStart(11)}  ${pct(t.valueHits, t.withValue).padStart(20)}`,
    );
  }
  for (const [key, t] of rows) {
    const [, lang, kind] = key.split('|');
    if (kind === 'currency') {
      console.log(`  ${lang} currency codes on matched spans: agreed ${t.curAgreed}, assumed (upstream gives none, e.g. bare $) ${t.curAssumed}, differing ${t.curDiffers}; entities without a value ${t.expected - t.withValue}`);
    }
    if (kind === 'dimension') {
      console.log(`  ${lang} dimension (not read as such, information only): ${t.valueHits}/${t.expected} entities hold one of our numbers with the same value`);
    }
  }
}
table('scored');
table('skipped');
if (verbose) console.log('\n' + misses.join('\n'));
