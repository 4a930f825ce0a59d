/**
 * Data-driven spec cases for every arithmetic relation, English and Chinese (test/fixtures/arithmetic).
 * Each case lists the findings it must produce (nothing else may be reported) and the stated numbers the
 * checks must read as consistent relations — so a rounded, correct figure is proven checked, not missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from './harness';

interface ExpectedFinding {
  check: string;
  text: string;
  severity?: string;
  /** The replacement a fix writes; "none" when no fix may be offered. */
  fix?: string;
  certain?: boolean;
}

interface SpecCase {
  name: string;
  lang: 'en' | 'zh';
  text: string;
  date?: string;
  locale?: 'en' | 'zh-cn';
  expect: ExpectedFinding[];
  consistent?: string[];
}

const dir = path.resolve(__dirname, '..', '..', 'fixtures', 'arithmetic');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe.each(files)('%s', (file) => {
  const { cases } = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { cases: SpecCase[] };

  it('has at least 15 cases in both languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(cases.some((c) => c.lang === 'en')).toBe(true);
    expect(cases.some((c) => c.lang === 'zh')).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { findings, relations } = check(c.text, { date: c.date, locale: c.locale });
    const got = findings.map((f) => ({ check: f.check, text: f.text }));
    expect(got).toEqual(expect.arrayContaining(c.expect.map((e) => ({ check: e.check, text: e.text }))));
    expect(got).toHaveLength(c.expect.length);
    for (const e of c.expect) {
      const f = findings.find((x) => x.check === e.check && x.text === e.text)!;
      expect(c.text.slice(f.start, f.end)).toBe(f.text);
      expect(f.message.length).toBeGreaterThan(10);
      if (e.severity) expect(f.severity).toBe(e.severity);
      if (e.fix === 'none') expect(f.fixes).toEqual([]);
      else if (e.fix) expect(f.fixes[0]?.edits[0]?.newText).toBe(e.fix);
      if (e.certain !== undefined) expect(f.fixes[0]?.certain ?? false).toBe(e.certain);
      if (f.check !== 'arith.ambiguous-growth') {
        expect(f.verdict).toBe('inconsistent');
        expect(f.computation?.length).toBeGreaterThan(0);
        expect(f.related?.length).toBeGreaterThan(0);
      }
    }
    for (const text of c.consistent ?? []) {
      expect(relations.some((r) => r.text === text && r.consistent), `relation for “${text}” read as consistent`).toBe(true);
    }
  });
});
