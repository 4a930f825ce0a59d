/**
 * The seed article's own arithmetic (research/seed-claims.md S16, S20, S22, S33). Skipped when the shared
 * reference folder is not there. The seed text is read, never copied.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from './harness';

const SEED = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'seed', 'ai-bubble-2024.zh.txt');

describe.skipIf(!existsSync(SEED))('seed article arithmetic', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const { findings, relations } = check(text, { date: '2024-03-28' });
  const at = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length };
  };
  const on = (s: string) => {
    const span = at(s);
    return findings.filter((f) => f.start < span.end && span.start < f.end);
  };

  it('raises no arithmetic warning or error anywhere', () => {
    expect(findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
  });

  it('S16: 16亿美元 annualized ↔ 约1.33亿美元 a month is read and consistent', () => {
    expect(relations.some((r) => r.check === 'arith.annualized' && r.text === '1.33亿美元' && r.consistent)).toBe(true);
  });

  it('S20: the three converted amounts get no arithmetic finding (their bases are not in the draft)', () => {
    for (const s of ['2.4亿', '7.5亿', '15.5亿美元']) expect(on(s)).toEqual([]);
  });

  it('S22: 35亿美元 ÷ 23万块A100 and ÷ 12万块H100 sit inside the sourced price ranges', () => {
    for (const s of ['23万块A100', '12万块H100']) {
      expect(on(s)).toEqual([]);
      expect(relations.some((r) => r.check === 'arith.unit-price' && r.text === s && r.consistent)).toBe(true);
    }
  });

  it('S33: “1/10不到” has no stated operand in its sentence: no finding', () => {
    expect(on('1/10')).toEqual([]);
  });
});
