/**
 * Runs every data-driven spec file in test/fixtures/recognizer/*.json. A case lists ALL the
 * quantities the recogniser must find, in order; `expect: []` means nothing may be found.
 * Optional fields (low, high, currency, unit, bound, hedge, per) are checked when present.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang, Quantity } from '../../../server/src/core/model';
import { recognizeUnchecked } from '../../../server/src/core/recognize/index';

interface Expected {
  text: string;
  kind: string;
  value: number;
  low?: number | null;
  high?: number | null;
  currency?: string;
  unit?: string;
  bound?: string;
  hedge?: string;
  per?: { amount: number; unit: string };
}

interface SpecCase {
  input: string;
  lang?: Lang;
  expect: Expected[];
}

const dir = path.resolve(__dirname, '../../fixtures/recognizer');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

const close = (a: number | null, b: number | null): boolean =>
  a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

/** A readable description of the first difference, or null when the case passes. */
function difference(found: Quantity[], want: Expected[]): string | null {
  const show = (qs: Quantity[]) => JSON.stringify(qs.map((q) => `${q.text}|${q.kind}|${q.value}`));
  if (found.length !== want.length) return `expected ${want.length} quantities, found ${found.length}: ${show(found)}`;
  for (let i = 0; i < want.length; i++) {
    const q = found[i]!;
    const w = want[i]!;
    const fields: [string, unknown, unknown, boolean][] = [
      ['text', q.text, w.text, true],
      ['kind', q.kind, w.kind, true],
      ['currency', q.currency, w.currency, 'currency' in w],
      ['unit', q.unit, w.unit, 'unit' in w],
      ['bound', q.bound, w.bound, 'bound' in w],
      ['hedge', q.hedge, w.hedge, 'hedge' in w],
    ];
    for (const [name, got, exp, check] of fields) {
      if (check && got !== exp) return `#${i} ${name}: expected ${JSON.stringify(exp)}, got ${JSON.stringify(got)} in ${show(found)}`;
    }
    if (!close(q.value, w.value)) return `#${i} value: expected ${w.value}, got ${q.value}`;
    if ('low' in w && !close(q.low, w.low ?? null)) return `#${i} low: expected ${w.low}, got ${q.low}`;
    if ('high' in w && !close(q.high, w.high ?? null)) return `#${i} high: expected ${w.high}, got ${q.high}`;
    if (w.per && (!q.per || q.per.unit !== w.per.unit || !close(q.per.amount, w.per.amount))) {
      return `#${i} per: expected ${JSON.stringify(w.per)}, got ${JSON.stringify(q.per)}`;
    }
  }
  return null;
}

describe('recogniser spec files', () => {
  it('has at least 500 cases, half of them Chinese, and 100 negative ones', () => {
    const all = files.flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { cases: SpecCase[] }).cases);
    const zh = all.filter((c) => /[\u4e00-\u9fff]/.test(c.input)).length;
    expect(all.length).toBeGreaterThanOrEqual(500);
    expect(zh * 2).toBeGreaterThanOrEqual(all.length);
    expect(all.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(100);
  });

  for (const file of files) {
    const spec = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { description: string; cases: SpecCase[] };
    describe(`${file}: ${spec.description}`, () => {
      for (const c of spec.cases) {
        it(c.input, () => {
          const found = recognizeUnchecked(c.input, c.lang ? { lang: c.lang } : undefined);
          for (const q of found) expect(c.input.slice(q.start, q.end)).toBe(q.text);
          expect(difference(found, c.expect)).toBeNull();
        });
      }
    });
  }
});
