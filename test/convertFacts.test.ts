/**
 * data/facts/*.yaml is the output of scripts/convert-facts.mjs with scripts/convert-facts.specs.mjs: a fact
 * fixed or added by hand in data/facts would be undone by the next run of the converter. This runs the
 * conversion in memory and requires it to equal data/facts file by file. It needs the research list
 * (../shared/research/facts.yaml beside the clone) and is skipped, saying so, where that is absent.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFacts, OUT_DIR, readResearch, RESEARCH_FILE } from '../scripts/convert-facts.mjs';

const ABSENT = `skipped: the research list ${RESEARCH_FILE} is absent (the converter cannot run without it)`;
const HINT = 'edit scripts/convert-facts.specs.mjs, not data/facts, then run `node scripts/convert-facts.mjs`';

/** The fact a line belongs to: the nearest `  - id:` at or above it. */
function factAt(lines: string[], index: number): string | undefined {
  for (let i = index; i >= 0; i--) {
    const m = /^ {2}- id: (.+)$/.exec(lines[i]);
    if (m) return m[1];
  }
  return undefined;
}

/** Where two file texts first part, for people: line number, the fact it sits in, both lines. */
function firstDifference(file: string, generated: string, bundled: string): string | undefined {
  if (generated === bundled) return undefined;
  const a = generated.split('\n');
  const b = bundled.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const fact = factAt(b, Math.min(i, b.length - 1)) ?? factAt(a, Math.min(i, a.length - 1));
  const show = (line: string | undefined) => (line === undefined ? '(end of file)' : JSON.stringify(line));
  return `data/facts/${file} line ${i + 1}${fact ? ` (fact ${fact})` : ''}: the converter writes ${show(a[i])}, data/facts has ${show(b[i])}; ${HINT}`;
}

describe('fact converter (scripts/convert-facts.mjs)', () => {
  it('reproduces data/facts/*.yaml exactly, file by file', (ctx) => {
    ctx.skip(!fs.existsSync(RESEARCH_FILE), ABSENT);
    const { files } = convertFacts(readResearch());
    const bundled = fs.readdirSync(OUT_DIR).filter((name) => /\.ya?ml$/.test(name)).sort();
    const problems = [
      ...Object.entries(files).map(([file, text]) =>
        bundled.includes(file) ? firstDifference(file, text, fs.readFileSync(path.join(OUT_DIR, file), 'utf8')) : `data/facts/${file} is missing; ${HINT}`,
      ),
      ...bundled.filter((file) => !(file in files)).map((file) => `data/facts/${file} is not written by the converter; give its facts a section in scripts/convert-facts.specs.mjs`),
    ].filter((problem): problem is string => problem !== undefined);
    expect(problems, HINT).toEqual([]);
  });
});

/** A research fact as the shared list writes them: free-form value, unit, period and qualifier. */
const RESEARCH_FACT = {
  id: 'ACME-REV-2024',
  value: '~13',
  unit: 'USD billion',
  period: 'calendar 2024',
  qualifier: 'reported',
  source: { publisher: 'Daily Wire (Reuters)', url: 'https://example.com/acme', date: '2025-02-01', quote: 'Acme made about $13 billion.' },
  confidence: 'high',
  source_seen: true,
  from_memory: false,
};
const convertOne = (spec: Record<string, unknown>, extra: Record<string, unknown>[] = []) =>
  convertFacts([RESEARCH_FACT], { files: { 'acme.yaml': { header: 'Acme.', facts: { 'ACME-REV-2024': spec } } }, extra: { 'acme.yaml': extra } }).files['acme.yaml'];

describe('convertFacts on a small spec (no research list needed)', () => {
  it('reads the value, the period and the outlet a reprint names; rb: [] drops that outlet', () => {
    const text = convertOne({ e: 'openai', m: 'revenue', p: '2024' });
    expect(text).toContain('  - id: ACME-REV-2024\n    entity: openai\n    metric: revenue\n    value: 13e9\n    approx: true\n    unit: USD\n');
    expect(text).toContain('    reportedBy: [reuters]\n');
    expect(convertOne({ e: 'openai', m: 'revenue', p: '2024', rb: [] })).not.toContain('reportedBy');
  });

  it('writes an item\'s note verbatim when it gives one, and a whole extra fact as given', () => {
    const text = convertOne(
      { e: 'openai', m: 'revenue', p: '2024', items: [{ s: 'total', v: 13e9, u: 'USD', note: 'Written by hand.' }] },
      [{ fact: { id: 'ACME-EXTRA', entity: 'openai', metric: 'revenue', value: 1e9, unit: 'USD', period: { asOf: '2024-12-31', label: 'end of 2024' }, qualifiers: [], sources: [], confidence: 'low', fromMemory: true, sourceSeen: false } }],
    );
    expect(text).toContain('  - id: ACME-REV-2024.total\n');
    expect(text).toContain('    note: Written by hand.\n');
    expect(text).toContain('  - id: ACME-EXTRA\n    entity: openai\n    metric: revenue\n    value: 1e9\n');
  });

  it('refuses a research list the specs do not cover exactly', () => {
    const files = { 'acme.yaml': { header: 'Acme.', facts: { 'ACME-REV-2024': { e: 'openai', m: 'revenue', p: '2024' }, 'ACME-GONE': { e: 'openai', m: 'revenue', p: '2024' } } } };
    expect(() => convertFacts([RESEARCH_FACT], { files, extra: {} })).toThrow(/ACME-GONE is not in the research list/);
    expect(() => convertFacts([RESEARCH_FACT, { ...RESEARCH_FACT, id: 'ACME-NEW' }], { files: { 'acme.yaml': { header: 'Acme.', facts: { 'ACME-REV-2024': { e: 'openai', m: 'revenue', p: '2024' } } } }, extra: {} })).toThrow(/not converted: ACME-NEW/);
  });
});

describe('firstDifference', () => {
  it('names the file, the line, the fact it sits in and both lines', () => {
    const generated = 'facts:\n  - id: A-1\n    value: 1\n';
    const bundled = 'facts:\n  - id: A-1\n    value: 2\n';
    expect(firstDifference('x.yaml', generated, generated)).toBeUndefined();
    const message = firstDifference('x.yaml', generated, bundled);
    expect(message).toContain('data/facts/x.yaml line 3 (fact A-1)');
    expect(message).toContain('"    value: 1"');
    expect(message).toContain('"    value: 2"');
    expect(message).toContain('edit scripts/convert-facts.specs.mjs, not data/facts');
  });

  it('says so when one text ends first', () => {
    expect(firstDifference('x.yaml', 'facts:\n  - id: B', 'facts:\n  - id: B\n  - id: C')).toContain('line 3 (fact C): the converter writes (end of file)');
  });
});
