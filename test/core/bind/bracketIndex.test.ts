import { describe, expect, it } from 'vitest';
import { asideWithout } from '../../../server/src/core/bind/bracketAside';
import type { Span } from '../../../server/src/core/model';

/** The walk outwards from `at` that bracketAside.ts answered with before it indexed a text's brackets. */
function walk(text: string, at: Span, within: Span): Span | undefined {
  let depth = 0;
  let open = -1;
  for (let i = at.start - 1; i >= within.start; i--) {
    if (text[i] === ')' || text[i] === '）') depth++;
    else if (text[i] === '(' || text[i] === '（') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return undefined;
  depth = 0;
  for (let i = at.end; i < within.end; i++) {
    if (text[i] === '(' || text[i] === '（') depth++;
    else if (text[i] === ')' || text[i] === '）') {
      if (depth === 0) return { start: open + 1, end: i };
      depth--;
    }
  }
  return undefined;
}

/** A small deterministic generator (the test must not flake). */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const NOWHERE = { start: -2, end: -1 };

describe('the brackets around a span, read from an index of the text', () => {
  it('finds the pair a walk outwards finds, in nested, unbalanced and mixed-width brackets', () => {
    const text = '营收（2023年为17亿美元（含(税)）) and (fiscal (2024) was) $6.1B (2023: $1.7B';
    for (let start = 0; start < text.length; start++)
      for (let end = start; end <= Math.min(text.length, start + 6); end++)
        for (const within of [{ start: 0, end: text.length }, { start: 3, end: 30 }, { start: 20, end: text.length }])
          expect(asideWithout(text, { start, end }, NOWHERE, within)).toEqual(walk(text, { start, end }, within));
  });

  it('agrees with the walk on random texts of brackets and letters', () => {
    const next = random(7);
    const chars = ['(', ')', '（', '）', 'a', '年', ' '];
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 40) }, () => chars[Math.floor(next() * chars.length)]).join('');
      for (let k = 0; k < 20; k++) {
        const start = Math.floor(next() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(next() * 4));
        const a = Math.floor(next() * (text.length + 1));
        const b = Math.floor(next() * (text.length + 1));
        const within = { start: Math.min(a, b), end: Math.max(a, b) };
        expect(asideWithout(text, { start, end }, NOWHERE, within)).toEqual(walk(text, { start, end }, within));
      }
    }
  });

  it('keeps the figure out: brackets around it are no aside', () => {
    const text = 'revenue (up 12% in 2024) rose';
    expect(asideWithout(text, { start: 19, end: 23 }, { start: 12, end: 15 }, { start: 0, end: text.length })).toBeUndefined();
    expect(asideWithout(text, { start: 19, end: 23 }, { start: 25, end: 29 }, { start: 0, end: text.length })).toEqual({ start: 9, end: 23 });
  });
});
