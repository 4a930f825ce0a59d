/**
 * "was marked up twice: $X in May and $Y in August": the "up" of a mark is no comparison, so the marks do
 * not take a measure named in a later clause about another figure ("with $Z raised"), bind/metrics.ts
 * COMPARISON. A change "up 20% from …" still is one.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-12-01';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('a mark-up is no comparison', () => {
  it.each([
    'The startup was marked up twice: $2 billion in May and $6 billion in August, with $250 million raised in the first.',
    'Investors marked it down once: $4 billion in March, with $100 million raised at that price.',
  ])('%s', (text) => {
    const first = /\$\d+ billion/.exec(text)![0];
    expect(metricOf(text, first)).not.toBe('funding.raised');
  });

  it('the raise keeps its own measure', () => {
    expect(metricOf('The startup was marked up twice: $2 billion in May and $6 billion in August, with $250 million raised in the first.', '$250 million')).toBe('funding.raised');
  });
});
