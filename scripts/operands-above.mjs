#!/usr/bin/env node
// Measures what reading the prose paragraph right above a block (in the same section) would do for the
// arithmetic, which invariant 10 keeps inside the block. Two tables over test/corpus:
//
// 1. Where the operands stand. For every wrong arithmetic label Tally misses (no flagged finding of the
//    expected verdict speaks for it) and every correct arithmetic label: the numbers of its note before
//    its "=", less the label's own and 0, 1, 100, are looked up in the label's block and in the block
//    right above. "above:para" = every operand the block lacks is in the paragraph above ("part" = some
//    are); "above:list"/"above:table" the same for a list or table above. By a rough relation class read
//    from the label's words and note (the split between classes is approximate; the totals are not).
// 2. The readings Tally has, applied across the boundary. Each paragraph is joined to the paragraph above
//    it by turning the blank line into a soft break of equal length (offsets unchanged), at even and at
//    odd boundaries in two runs (a block reads one paragraph up, never a chain); every flagged arithmetic
//    finding in the lower paragraph that the unjoined text does not have is listed, and counted as a
//    wrong label caught, or a new flag on a labelled or unlabelled span; findings the join removes too.
//
//   node scripts/operands-above.mjs [operands|join] [--filter <draft name part>]
//
// It runs the core in-process through the benchmark bundle (bench/lib/build.mjs), so it needs no build.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildBenchBundle } from '../bench/lib/build.mjs';
import { loadCorpus } from './lib/corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { filter: { type: 'string' } } });
const modes = positionals.length ? positionals : ['operands', 'join'];

const tally = createRequire(import.meta.url)(await buildBenchBundle());
const facts = tally.bundledFacts(root);
const drafts = loadCorpus(path.join(root, 'test', 'corpus')).drafts.filter((d) => !args.filter || d.name.includes(args.filter));

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const isArithmetic = (f) => /^arith/.test(f.check ?? '') || f.verdict === 'inconsistent';
const isFlagged = (f) => f.severity === 'warning' || f.severity === 'error';
/** The labels a finding speaks for, as the scorer reads it (scripts/lib/score.mjs). */
const spokenFor = (draft, f) => draft.labels.filter((l) => overlaps(f, l) || (isArithmetic(f) && l.type === 'arithmetic' && (f.related ?? []).some((r) => overlaps(r, l))));

/** A rough relation class from the label's words and note. */
function relation(l) {
  const s = `${l.text} ${l.note ?? ''}`;
  if (/[约折]合|汇率|exchange rate/.test(s)) return 'conversion';
  if (/倍|\d\s*x\b|\btimes\b|tripled|doubled|quadrupled|翻/i.test(s)) return 'multiple';
  if (/分之|一半|half|third|quarter of|[一二三四五六七八九]成/.test(s)) return 'fraction';
  if (/合计|总计|共计|in all|combined|total|\+/.test(s)) return 'sum';
  if (/占|share|% of|\//i.test(s)) return 'share/division';
  return 'other';
}

/** Top-level blocks as blank lines cut them (close enough to markdown/blocks.ts for prose). */
function blocksOf(text) {
  const out = [];
  const re = /\n\s*\n/g;
  let at = 0;
  for (let m; (m = re.exec(text)); at = m.index + m[0].length) out.push({ start: at, end: m.index });
  out.push({ start: at, end: text.length });
  return out;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;
const numbers = (s) => (s.match(NUMBER) ?? []).map((n) => n.replace(/,/g, ''));

function operandsTable() {
  const table = {};
  for (const draft of drafts) {
    const labels = draft.labels.filter((l) => l.type === 'arithmetic' && (l.label === 'wrong' || l.label === 'correct'));
    if (!labels.length) continue;
    const analysis = tally.analyze(draft.text, { facts });
    const blocks = blocksOf(draft.text);
    for (const l of labels) {
      if (l.label === 'wrong' && analysis.findings.some((f) => isFlagged(f) && f.verdict === l.verdict && spokenFor(draft, f).includes(l))) continue;
      const i = blocks.findIndex((b) => l.start >= b.start && l.start < b.end);
      const own = draft.text.slice(blocks[i].start, blocks[i].end);
      const above = i > 0 ? draft.text.slice(blocks[i - 1].start, blocks[i - 1].end) : '';
      const sameSection = i > 0 && !/^#/.test(own) && !/^#/.test(above);
      const stated = new Set(numbers(l.text));
      const operands = [...new Set(numbers((l.note ?? '').split(/=|≈/)[0]))].filter((n) => !stated.has(n) && !/^(?:0|1|100)$/.test(n));
      const ownNumbers = new Set(numbers(own));
      const aboveNumbers = new Set(numbers(above));
      const lacking = operands.filter((n) => !ownNumbers.has(n));
      const found = lacking.filter((n) => aboveNumbers.has(n));
      const kind = /^\s*\|/.test(above) ? 'table' : /^\s*(?:[-*+]|\d+[.)])\s/.test(above.split('\n').pop()) ? 'list' : 'para';
      const where = !operands.length ? 'no operand in note' : !lacking.length ? 'own block' : !sameSection || !found.length ? 'elsewhere/unwritten' : `${found.length === lacking.length ? '' : 'part '}above:${kind}`;
      const row = `${l.label === 'wrong' ? 'missed wrong' : 'correct'} ${relation(l)}`;
      (table[row] ??= {})[where] = (table[row][where] ?? 0) + 1;
      if (l.label === 'wrong' && where.includes('above')) console.log(`${where} ${relation(l)} ${draft.name} "${l.text}" (${l.note})`);
    }
  }
  const columns = [...new Set(Object.values(table).flatMap((r) => Object.keys(r)))].sort();
  console.log(`\n| labels | ${columns.join(' | ')} |\n|---|${columns.map(() => '---|').join('')}`);
  for (const row of Object.keys(table).sort()) console.log(`| ${row} | ${columns.map((c) => table[row][c] ?? 0).join(' | ')} |`);
}

/** Lines that open no paragraph: a list item, a table row, a quote, a heading, HTML, a fence, a footnote, a rule, code. */
const NOT_PROSE = /^(?: {0,3}(?:[-*+>#|<]|\d{1,3}[.)]|`{3}|~{3}|\[\^|---)| {4}|\t)/;

/** The blank lines between two prose paragraphs, each with the span of the paragraph below it. */
function paragraphBoundaries(text) {
  const out = [];
  const re = /\n\n(?!\n)/g;
  for (let m; (m = re.exec(text)); ) {
    const lastLine = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index);
    const nextLineEnd = text.indexOf('\n', m.index + 2);
    const nextLine = text.slice(m.index + 2, nextLineEnd < 0 ? text.length : nextLineEnd);
    const blank = text.lastIndexOf('\n\n', m.index - 1);
    const aboveStart = blank < 0 ? 0 : blank + 2;
    const aboveFirstLine = text.slice(aboveStart, text.indexOf('\n', aboveStart));
    const end = text.indexOf('\n\n', m.index + 2);
    const prose = lastLine.trim() && nextLine.trim() && ![nextLine, lastLine, aboveFirstLine].some((s) => NOT_PROSE.test(s));
    out.push(prose ? { at: m.index, lower: { start: m.index + 2, end: end < 0 ? text.length : end } } : undefined);
  }
  return out;
}

function joinTable() {
  const counts = {};
  const count = (check, what) => ((counts[check] ??= { 'wrong caught': 0, 'new flag, labelled': 0, 'new flag, unlabelled': 0, 'lost, wrong': 0, 'lost, other': 0 })[what]++);
  let pairs = 0;
  const key = (f) => `${f.start}:${f.end}:${f.check}`;
  for (const draft of drafts) {
    const bounds = paragraphBoundaries(draft.text);
    if (!bounds.some(Boolean)) continue;
    const base = tally.analyze(draft.text, { facts }).findings.filter((f) => isFlagged(f) && isArithmetic(f));
    for (const parity of [0, 1]) {
      let text = draft.text;
      const lowers = [];
      bounds.forEach((b, i) => {
        if (!b || i % 2 !== parity) return;
        text = `${text.slice(0, b.at)} \n${text.slice(b.at + 2)}`;
        lowers.push(b.lower);
      });
      if (!lowers.length) continue;
      pairs += lowers.length;
      const inLower = (f) => lowers.some((l) => f.start >= l.start && f.start < l.end);
      const joined = tally.analyze(text, { facts }).findings.filter((f) => isFlagged(f) && isArithmetic(f) && inLower(f));
      const before = base.filter(inLower);
      const beforeKeys = new Set(before.map(key));
      const afterKeys = new Set(joined.map(key));
      for (const f of joined.filter((g) => !beforeKeys.has(key(g)))) {
        const labels = spokenFor(draft, f);
        const wrong = labels.filter((l) => l.label === 'wrong');
        if (wrong.some((l) => base.some((g) => spokenFor(draft, g).includes(l)))) continue;
        const what = wrong.length ? 'wrong caught' : labels.length ? 'new flag, labelled' : 'new flag, unlabelled';
        count(f.check, what);
        console.log(`${what}: ${f.check} ${draft.name} "${draft.text.slice(f.start, f.end)}" [${labels.map((l) => `${l.label}/${l.type}`).join(', ')}] ${f.message.slice(0, 160)}`);
      }
      for (const f of before.filter((g) => !afterKeys.has(key(g)))) {
        count(f.check, spokenFor(draft, f).some((l) => l.label === 'wrong') ? 'lost, wrong' : 'lost, other');
        console.log(`lost: ${f.check} ${draft.name} "${draft.text.slice(f.start, f.end)}"`);
      }
    }
  }
  console.log(`\n${pairs} paragraphs joined to the paragraph above.`);
  const columns = ['wrong caught', 'new flag, labelled', 'new flag, unlabelled', 'lost, wrong', 'lost, other'];
  console.log(`| check | ${columns.join(' | ')} |\n|---|${columns.map(() => '---|').join('')}`);
  for (const [check, row] of Object.entries(counts)) console.log(`| ${check} | ${columns.map((c) => row[c]).join(' | ')} |`);
}

if (modes.includes('operands')) operandsTable();
if (modes.includes('join')) joinTable();
