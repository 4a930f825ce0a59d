#!/usr/bin/env node
// Tabulates the fact findings Tally holds back at information over a labelled corpus, to choose which
// held-back cells could be promoted to a warning. Every information finding with a verdict is put in a
// cell: verdict × the reason it was held back (`held.*`, read back from its heldBack sentence) × the
// confidence of its first deciding fact (evidence[0]; "mem" when from memory) × how its entity, metric
// and period were bound (e = explicit, s = sentence, c = context, d = document, f = default, - = none).
// Each cell counts what the finding would be at warning, by the labels it speaks for (the eval's own
// rule, scripts/lib/score.mjs labelsSpokenFor):
//   new   a wrong label of the finding's verdict that no warning or error covers yet (a would-be catch)
//   dup   a wrong label of the finding's verdict already caught by another finding
//   other a wrong label of another verdict (would count for recall, not for the verdict)
//   fa    correct, imprecise, non-claim or no label at all (a would-be false alarm)
//   unv   only unverifiable labels (neither)
//
//   node scripts/held-back.mjs [--verdict V] [--reason R] [--emp EMP] [--min N] [--by feature,...] [--list]
//                              [--save FILE | --from FILE] [--corpus DIR]
//
// Conflicting findings (information by design, never held back) are left out.
// --verdict / --reason / --emp keep one verdict, reason or binding triple; --min hides cells with fewer findings (default 1);
// --by replaces the binding columns with general features of the figure, to narrow a noisy cell:
//   period-at (where the period's words stand: clause-before, clause-after, sentence-before,
//   sentence-after, outside), metric-at (the same for the metric's words), hedge (the bound word:
//   exact/approx/over…), quoted (inside quotation marks), gap (relative distance to the nearest deciding
//   fact: <10%, <40%, <2x, far), distance (characters between the figure and its period's words).
// --list prints every finding of the cells shown, with its sentence and labels.
// --save writes the records (one per finding, every feature) to FILE; --from tabulates a saved FILE
// again without analysing the corpus (a run takes a minute or two).
// Runs the core in-process through the benchmark bundle (bench/lib/build.mjs), like eval-misses.mjs.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildBenchBundle } from '../bench/lib/build.mjs';
import { loadCorpus, lineOf } from './lib/corpus.mjs';
import { isFlagged, labelsSpokenFor } from './lib/score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    verdict: { type: 'string' },
    reason: { type: 'string' },
    min: { type: 'string', default: '1' },
    by: { type: 'string' },
    emp: { type: 'string' },
    list: { type: 'boolean', default: false },
    save: { type: 'string' },
    from: { type: 'string' },
    corpus: { type: 'string', default: path.join('test', 'corpus') },
  },
});

const tally = createRequire(import.meta.url)(await buildBenchBundle());
const kb = tally.bundledFacts(root);
const corpus = loadCorpus(path.resolve(root, args.corpus));

/** held.* keys by their English sentence, read from the message table (the finding carries the sentence). */
const REASON_OF = new Map();
for (const m of fs.readFileSync(path.join(root, 'server/src/core/i18n/messages.ts'), 'utf8').matchAll(/'held\.([a-z-]+)':\s*'((?:[^'\\]|\\.)*)'/g)) {
  if (!REASON_OF.has(m[2])) REASON_OF.set(m[2], m[1]);
}
const factById = new Map(kb.facts.map((f) => [f.id, f]));
const HOW = { explicit: 'e', sentence: 's', context: 'c', document: 'd', default: 'f' };
const how = (b) => (b ? HOW[b.how] ?? '?' : '-');
/** A cue that ends a clause: the binding's "own clause" is the figure's stretch between two of these. */
const CLAUSE_BREAK = /[,;:，；：、。!?！？]|\b(?:and|but|while|whereas)\b|[但而]/;

/** Where a binding's words stand relative to the figure: in its clause or only its sentence, before or after. */
function placeOf(text, claim, binding) {
  if (!binding?.span) return binding ? 'no-span' : 'none';
  const q = claim.quantity;
  const s = claim.sentence;
  const at = binding.span;
  if (at.end <= s.start || at.start >= s.end) return 'outside';
  const before = at.end <= q.start;
  const between = before ? text.slice(at.end, q.start) : text.slice(q.end, at.start);
  const clause = !CLAUSE_BREAK.test(between);
  return `${clause ? 'clause' : 'sentence'}-${before ? 'before' : at.start >= q.end ? 'after' : 'over'}`;
}

function distanceOf(claim, binding) {
  if (!binding?.span) return 'none';
  const q = claim.quantity;
  const d = binding.span.end <= q.start ? q.start - binding.span.end : Math.max(0, binding.span.start - q.end);
  return d <= 5 ? '≤5' : d <= 20 ? '≤20' : d <= 60 ? '≤60' : '>60';
}

/** Inside quotation marks: an odd number of straight or curly/CJK opening quotes before it in the sentence. */
function quoted(text, claim) {
  const before = text.slice(claim.sentence.start, claim.quantity.start);
  const open = (before.match(/[“「『]/g) ?? []).length - (before.match(/[”」』]/g) ?? []).length;
  return open > 0 || (before.match(/"/g) ?? []).length % 2 === 1 ? 'quoted' : 'plain';
}

function gapOf(claim, finding) {
  const values = finding.evidence.map((e) => factById.get(e.factId)?.value).filter((v) => typeof v === 'number' && v !== 0);
  if (values.length === 0) return 'n/a';
  const v = claim.quantity.value;
  const gap = Math.min(...values.map((f) => Math.abs(v - f) / Math.max(Math.abs(v), Math.abs(f))));
  return gap < 0.1 ? '<10%' : gap < 0.4 ? '<40%' : gap < 0.5 ? '<2x' : 'far';
}

const FEATURES = {
  'period-at': (d, c) => placeOf(d.text, c, c.period),
  'metric-at': (d, c) => placeOf(d.text, c, c.metric),
  hedge: (d, c) => c.quantity.bound,
  quoted: (d, c) => quoted(d.text, c),
  gap: (d, c, f) => gapOf(c, f),
  distance: (d, c) => distanceOf(c, c.period),
};
const by = args.by ? args.by.split(',') : undefined;
for (const name of by ?? []) if (!FEATURES[name]) throw new Error(`unknown feature ${name}: one of ${Object.keys(FEATURES).join(', ')}`);

/** One record per information finding: its cell's parts, every feature, the outcome, a line to list. */
function collect() {
  const records = [];
  for (const draft of corpus.drafts) {
    const analysis = tally.analyze(draft.text, { facts: kb });
    const asCli = (f) => ({ ...f, offset: { start: f.start, end: f.end }, related: (f.related ?? []).map((r) => ({ offset: r })) });
    // Wrong labels some warning or error already speaks for with the label's own verdict.
    const caught = new Set();
    for (const f of analysis.findings) {
      if (!isFlagged(f)) continue;
      for (const l of labelsSpokenFor(asCli(f), draft)) if (l.label === 'wrong' && l.verdict === f.verdict) caught.add(l);
    }
    for (const f of analysis.findings) {
      // A conflict between sources is information by design, never held back: not a candidate.
      if (f.severity !== 'information' || !f.verdict || f.verdict === 'conflicting' || !f.check.startsWith('fact.')) continue;
      const claim = analysis.claims.find((c) => c.id === f.claimId);
      if (!claim) continue;
      const first = factById.get(f.evidence[0]?.factId);
      const labels = labelsSpokenFor(asCli(f), draft);
      const same = labels.filter((l) => l.label === 'wrong' && l.verdict === f.verdict);
      const outcome = same.some((l) => !caught.has(l)) ? 'new' : same.length > 0 ? 'dup' : labels.some((l) => l.label === 'wrong') ? 'other' : labels.length > 0 && labels.every((l) => l.label === 'unverifiable') ? 'unv' : 'fa';
      records.push({
        verdict: f.verdict,
        reason: f.heldBack ? (REASON_OF.get(f.heldBack) ?? 'unknown') : 'none',
        conf: first?.fromMemory ? 'mem' : (first?.confidence ?? '?'),
        emp: `${how(claim.entity)}${how(claim.metric)}${how(claim.period)}`,
        features: Object.fromEntries(Object.entries(FEATURES).map(([name, read]) => [name, read(draft, claim, f)])),
        outcome,
        draft: draft.name,
        item: `${outcome.padEnd(5)} ${draft.name}:${lineOf(draft.text, f.start)} "${f.text}" [${labels.map((l) => `${l.label}${l.verdict ? ` ${l.verdict}` : ''}`).join(', ') || 'unlabelled'}]\n        ${draft.text.slice(claim.sentence.start, claim.sentence.end).replace(/\s+/g, ' ').slice(0, 300)}`,
      });
    }
  }
  return records;
}

const records = args.from ? JSON.parse(fs.readFileSync(args.from, 'utf8')) : collect();
if (args.save) fs.writeFileSync(args.save, JSON.stringify(records));

const cells = new Map();
for (const r of records) {
  if ((args.verdict && r.verdict !== args.verdict) || (args.reason && r.reason !== args.reason) || (args.emp && r.emp !== args.emp)) continue;
  const key = [r.verdict, r.reason, r.conf, ...(by ? by.map((name) => r.features[name]) : [r.emp])].join('\t');
  if (!cells.has(key)) cells.set(key, { new: 0, dup: 0, other: 0, fa: 0, unv: 0, drafts: new Set(), items: [] });
  const cell = cells.get(key);
  cell[r.outcome]++;
  if (r.outcome === 'new') cell.drafts.add(r.draft);
  cell.items.push(r.item);
}

const header = ['verdict', 'reason', 'conf', ...(by ?? ['emp']), 'new', 'dup', 'other', 'fa', 'unv', 'drafts(new)'];
console.log(header.join('\t'));
const total = { new: 0, dup: 0, other: 0, fa: 0, unv: 0 };
const rows = [...cells].sort((a, b) => b[1].new - a[1].new || b[1].fa - a[1].fa || a[0].localeCompare(b[0]));
for (const [key, c] of rows) {
  for (const k of Object.keys(total)) total[k] += c[k];
  if (c.new + c.dup + c.other + c.fa + c.unv < Number(args.min)) continue;
  console.log([key, c.new, c.dup, c.other, c.fa, c.unv, c.drafts.size].join('\t'));
  if (args.list) for (const item of c.items) console.log(`    ${item}`);
}
console.log(['total', '', '', ...(by ?? ['']).map(() => ''), total.new, total.dup, total.other, total.fa, total.unv].join('\t'));
