#!/usr/bin/env node
// Measures Tally against a labelled corpus (test/corpus by default): runs `dist/cli.js check --format json`
// on every draft and prints precision, recall and false alarms (Markdown, or JSON with --json).
// It measures; it does not gate, unless --gate is given (then exit 1 when a target is missed).
//
//   node scripts/eval.mjs [--json] [--gate] [--details N] [--from run.json] [--corpus DIR]
//
// --corpus scores another labelled corpus of the same layout, e.g. test/corpus-holdout.
// --from scores a saved CLI output instead of running the CLI (the paths in it must be the drafts').
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runCheckJson } from './lib/cli.mjs';
import { loadCorpus } from './lib/corpus.mjs';
import { scoreRun } from './lib/score.mjs';
import { toMarkdown } from './lib/report.mjs';
import { decidable, loadFactTrust } from './lib/factTrust.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`eval: ${message}`);
  process.exit(1);
}

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    gate: { type: 'boolean', default: false },
    details: { type: 'string', default: '20' },
    from: { type: 'string' },
    corpus: { type: 'string', default: path.join('test', 'corpus') },
  },
});

const corpusDir = path.resolve(root, args.corpus);

const corpus = loadCorpus(corpusDir);
if (corpus.problems.length) fail(`the corpus has broken labels:\n  ${corpus.problems.join('\n  ')}`);
if (corpus.drafts.length === 0) fail(`no drafts under ${path.relative(root, corpusDir)}`);

/** The CLI's JSON for every draft: from a saved file, or by running dist/cli.js once on all drafts. */
function cliOutput() {
  if (args.from) return JSON.parse(fs.readFileSync(path.resolve(args.from), 'utf8'));
  try {
    return runCheckJson(root, corpus.drafts.map((d) => path.relative(root, d.file)));
  } catch (err) {
    fail(err.message);
  }
}

const output = cliOutput();
if (output.version !== 1) fail(`expected CLI JSON version 1, got ${JSON.stringify(output.version)}`);
const trust = loadFactTrust(root);
const results = scoreRun(corpus, output, (p) => path.resolve(root, p), (label) => decidable(label, trust));

if (args.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
else process.stdout.write(toMarkdown(results, { details: Number(args.details) || 20 }));

// exitCode, not exit(): a piped stdout is flushed before the process ends (exit() cut JSON at 64 KB).
process.exitCode = args.gate && !results.gate.pass ? 1 : 0;
