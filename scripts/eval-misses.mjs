#!/usr/bin/env node
// Explains the wrong claims the eval misses: for each wrong label of a type (fact or arithmetic) that
// no warning or error with the expected verdict covers, prints the claim Tally read at that span (its
// entity, metric, period and attribution bindings, how each was made, its verdict) beside the facts
// the label names, then a count per cause. For arithmetic the cause is the relations read at the span
// (none; one found it consistent; inconsistent but held at information), each listed with its computation.
// A tool for working on recall; it does not score.
//
//   node scripts/eval-misses.mjs [fact|arithmetic] [--filter <draft name part>] [--corpus <dir>]
//
// --corpus defaults to test/corpus; pass test/corpus-holdout to explain the held-out misses.
//
// It runs the core in-process through the benchmark bundle (bench/lib/build.mjs), so it needs no build.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildBenchBundle } from '../bench/lib/build.mjs';
import { loadCorpus, lineOf } from './lib/corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { filter: { type: 'string' }, corpus: { type: 'string', default: path.join('test', 'corpus') } } });
const type = positionals[0] ?? 'fact';

const tally = createRequire(import.meta.url)(await buildBenchBundle());
const facts = tally.bundledFacts(root);
const corpus = loadCorpus(path.resolve(root, args.corpus));
const counts = {};

/**
 * Why a wrong arithmetic label was missed, from the relations read at its span (as result or operand): a
 * relation needs no metric or period of the result, so the bindings say little here.
 */
function arithmeticCause(read, finding) {
  if (finding) return `flagged as ${finding.verdict}`;
  if (read.length === 0) return 'no relation read it';
  if (read.some((r) => r.consistent)) return `read consistent by ${[...new Set(read.filter((r) => r.consistent).map((r) => r.check))].join(', ')}`;
  return 'read inconsistent, held at information';
}

/** Why a wrong label was missed, from the first binding that failed. */
function cause(claim, finding) {
  if (!claim) return 'no claim read';
  if (finding) return `flagged as ${finding.verdict}`;
  if (!claim.entity) return 'entity unbound';
  if (!claim.metric) return 'metric unbound';
  if (!claim.period) return 'period unbound';
  return `bound, verdict ${claim.verdict}`;
}

const binding = (b, show = (v) => v) => (b ? `${show(b.value)} (${b.how})` : '—');

for (const draft of corpus.drafts) {
  if (args.filter && !draft.name.includes(args.filter)) continue;
  const analysis = tally.analyze(draft.text, { facts });
  let relations;
  for (const label of draft.labels) {
    if (label.label !== 'wrong' || label.type !== type) continue;
    const overlaps = (s) => s.start < label.end && label.start < s.end;
    const flagged = analysis.findings.filter((f) => overlaps(f) && (f.severity === 'warning' || f.severity === 'error'));
    if (flagged.some((f) => f.verdict === label.verdict)) continue;
    const claim = analysis.claims.find((c) => overlaps(c.quantity));
    const read = type === 'arithmetic' ? (relations ??= tally.relationsIn(draft.text, facts, analysis.documentDate)).filter((r) => overlaps(r.result) || r.operands.some(overlaps)) : [];
    const why = type === 'arithmetic' ? arithmeticCause(read, flagged[0]) : cause(claim, flagged[0]);
    const bucket = why.replace(/ verdict .*/, ' verdict …').replace(/flagged as .*/, 'flagged, other verdict');
    counts[bucket] = (counts[bucket] ?? 0) + 1;
    const line = lineOf(draft.text, label.start);
    console.log(`\n## ${draft.name}:${line} "${label.text}" expected ${label.verdict}: ${why}`);
    console.log(`   ${draft.text.split('\n')[line - 1].slice(0, 400)}`);
    if (claim) {
      const q = claim.quantity;
      console.log(`   read: ${q.kind} ${q.value} ${q.currency ?? q.unit ?? ''}; entity ${binding(claim.entity)}; metric ${binding(claim.metric)}; period ${binding(claim.period, (p) => `${p.label} ${p.start}..${p.end}`)}; attribution ${binding(claim.attribution)}`);
    }
    for (const r of read) console.log(`   relation: ${r.check} ${overlaps(r.result) ? 'result' : 'operand'} "${r.text}" ${r.consistent ? 'consistent' : 'inconsistent'}: ${r.computation}`);
    for (const f of analysis.findings.filter(overlaps)) console.log(`   finding: ${f.severity} ${f.verdict ?? f.check}: ${f.message.slice(0, 200)}`);
    for (const id of label.factIds) {
      const matching = facts.facts.filter((f) => f.id === id || f.id.startsWith(`${id}.`));
      if (matching.length === 0) console.log(`   fact ${id}: not in the fact base`);
      for (const f of matching) {
        const value = f.value ?? `${f.low}–${f.high}`;
        const publishers = f.sources.map((s) => s.publisher).join(', ');
        console.log(`   fact ${f.id}: ${f.entity} / ${f.metric} = ${value} ${f.unit}, ${f.period.start}..${f.period.end} [${f.qualifiers.join(', ')}] ${f.confidence}${f.fromMemory ? ', from memory' : ''}; ${publishers}`);
      }
    }
    if (label.note) console.log(`   note: ${label.note}`);
  }
}
console.log('\nMisses by cause:');
for (const [why, n] of Object.entries(counts).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${why}`);
