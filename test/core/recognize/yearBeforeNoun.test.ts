/**
 * A year written before a counted noun is a year, not a count (recognize/yearBeforeNoun.ts): after a
 * possessive or a word of time, bare four digits from 1990 to 2039 modify the noun ("Acme's 2024 GPU
 * orders"). With a thousands separator, or after a verb, the same digits stay a count.
 */
import { describe, expect, it } from 'vitest';
import { recognizeUnchecked } from '../../../server/src/core/recognize/index';
import { yearBeforeNoun } from '../../../server/src/core/recognize/yearBeforeNoun';
import { analyzedClaim } from '../bind/helpers';

const texts = (text: string) => recognizeUnchecked(text).map((q) => q.text);

describe('a year before a counted noun', () => {
  it('is no count after a possessive or a word of time', () => {
    expect(texts("The survey put Acme's 2024 GPU orders at 12,000.")).toEqual(['12,000']);
    expect(texts('Their 2022 GPU budget ran out; in 2023 GPU prices doubled.').filter((t) => t.startsWith('20'))).toEqual([]);
  });

  it('near misses: a separator, a verb before it, or digits outside the year range stay a count', () => {
    expect(texts('The lab bought 2,024 GPUs.')).toEqual(['2,024 GPUs']);
    expect(texts('The lab bought 2024 GPUs.')).toEqual(['2024 GPUs']);
    expect(yearBeforeNoun("Acme's 2500 GPUs", 7, '2500')).toBe(false);
  });

  it('leaves the measure and the year to the figure that follows', () => {
    const claim = analyzedClaim("An analyst put Meta's 2023 H100 purchases at 150,000.", '150,000', '2024-06-01');
    expect(claim?.period?.value.start).toBe('2023-01-01');
  });
});
