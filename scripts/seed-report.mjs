#!/usr/bin/env node
// Prints, for every claim of the seed article that has a number, what Tally says about it:
// claim id, span, expected verdict (shared/research/seed-claims.md) and Tally's findings.
// Findings that land on no claim span are listed after the table.
//
//   node scripts/seed-report.mjs [--json]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCheckJson } from './lib/cli.mjs';
import { SEED_DATE, findingsOn, isFlagged, loadSeedSpans, seedPath } from './lib/seed.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seed = seedPath(root);
const json = process.argv.includes('--json');

function fail(message) {
  console.error(`seed-report: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(seed)) fail(`the seed article is not here: ${seed}`);
const text = fs.readFileSync(seed, 'utf8');
const spans = loadSeedSpans(path.join(root, 'test', 'fixtures', 'seed-claims.json'), text);
let output;
try {
  output = runCheckJson(root, ['--date', SEED_DATE, seed]);
} catch (err) {
  fail(err.message);
}
const findings = output.files[0]?.findings ?? [];

const describeFinding = (f) => `${f.check} (${f.severity}${f.verdict ? `, ${f.verdict}` : ''})`;
const rows = spans.map((s) => {
  const on = s.start < 0 ? [] : findingsOn(s, findings);
  const flagged = on.some(isFlagged);
  // A row is as expected when wrong claims are flagged, correct ones are not, and the rest is free.
  const ok = s.start >= 0 && (s.expect === 'wrong' ? flagged : s.expect === 'correct' ? !flagged : true);
  return { id: s.id, span: s.text, expected: s.expect, findings: on.map(describeFinding), ok, located: s.start >= 0 };
});
const stray = findings.filter((f) => !spans.some((s) => s.start >= 0 && findingsOn(s, [f]).length > 0));

if (json) {
  process.stdout.write(JSON.stringify({ date: SEED_DATE, rows, unmatched: stray.map((f) => ({ text: f.text, offset: f.offset, finding: describeFinding(f) })) }, null, 2) + '\n');
} else {
  const cell = (s) => String(s).replace(/\|/g, '\\|');
  const lines = ['| claim | span | expected | Tally | |', '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.id} | ${cell(r.span)} | ${r.expected} | ${cell(r.findings.join('; ') || (r.located ? '—' : 'span not found'))} | ${r.ok ? '' : '**check**'} |`);
  lines.push('');
  lines.push(`Seed checked as of ${SEED_DATE}. ${rows.filter((r) => !r.ok).length} of ${rows.length} spans need a look.`);
  if (stray.length) {
    lines.push('');
    lines.push(`Findings on no claim span (${stray.length}):`);
    for (const f of stray) lines.push(`- "${f.text}" at ${f.offset.start}: ${describeFinding(f)}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}
