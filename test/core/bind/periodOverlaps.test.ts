/**
 * Overlapping period matches (bind/periods.ts longestFirst): the longest is kept, then the leftmost, and
 * a match overlapping a kept one is dropped. The kept ones are found by a binary search among those kept
 * so far; this holds it to the plain reading (compare with every kept match) on random matches, and on
 * the dates of a sentence of our own.
 */
import { describe, expect, it } from 'vitest';
import { longestFirst, rawPeriodMatches } from '../../../server/src/core/bind/periods';
import type { Span } from '../../../server/src/core/model';

function plainReading(found: Span[]): Span[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const r of sorted) if (!kept.some((k) => k.start < r.end && r.start < k.end)) kept.push(r);
  return kept.sort((a, b) => a.start - b.start);
}

/** A small deterministic generator (the same cases on every run). */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('longestFirst', () => {
  it('keeps what comparing with every kept match keeps, on random matches', () => {
    const next = random(7);
    for (let round = 0; round < 500; round++) {
      const count = Math.floor(next() * 40);
      const found: Span[] = [];
      for (let i = 0; i < count; i++) {
        const start = Math.floor(next() * 200);
        found.push({ start, end: start + 1 + Math.floor(next() * 25) });
      }
      expect(longestFirst([...found])).toEqual(plainReading(found));
    }
  });

  it('reads the longest expression where dates overlap, in text order', () => {
    const text = 'Revenue in Q3 FY2024 rose, and in the third quarter of 2023 it fell; 2024年第三季度 was flat.';
    const kept = rawPeriodMatches(text, { start: 0, end: text.length }).map((m) => text.slice(m.start, m.end));
    expect(kept).toContain('Q3 FY2024');
    expect(kept).not.toContain('FY2024');
    expect(kept.indexOf('Q3 FY2024')).toBeLessThan(kept.findIndex((k) => k.includes('2023')));
  });
});
