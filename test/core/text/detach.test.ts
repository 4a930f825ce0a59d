import { describe, expect, it } from 'vitest';
import { detached, detachedSlice } from '../../../server/src/core/text/detach';
import { heapGrowthWhileKeeping, longText } from '../../helpers/heap';

describe('detachedSlice', () => {
  it('has the characters of the slice, short or long, surrogate pairs and CRLF included', () => {
    const text = 'Revenue 营收 $1.6B 😀\r\nnext line and more text after it';
    for (const [start, end] of [[0, 0], [0, 3], [8, 10], [16, 19], [0, text.length], [5, 40]]) {
      expect(detachedSlice(text, start, end)).toBe(text.slice(start, end));
    }
    expect(detached('')).toBe('');
  });

  it('keeps no long text alive: pieces cut from four 4 MB texts hold only their own characters', () => {
    const growth = heapGrowthWhileKeeping(4, (i) => detachedSlice(longText(i), 1_000, 1_400));
    expect(growth).toBeLessThan(2 * 2 ** 20);
  });

  it('near miss: a plain slice keeps the whole text it was cut from alive (why detached exists)', () => {
    const growth = heapGrowthWhileKeeping(4, (i) => longText(i).slice(1_000, 1_400));
    expect(growth).toBeGreaterThan(12 * 2 ** 20);
  });
});
