/**
 * A word pointing back at the figure before (这一比例, 该数字, "that figure") names the measure of a sentence
 * that opens with it (bind/pointedMeasure.ts): the measure of the sentence right before, bound 'context'.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => {
  const m = analyzedClaim(text, figure, '2025-06-01')?.metric;
  return m ? `${m.value} (${m.how})` : 'none';
};

describe('a pointing word carries the measure across a sentence break', () => {
  it('Chinese: 这一比例', () => {
    expect(metricOf('2022年HBM只占DRAM产业营收的2.6%。2024年这一比例将达到20.1%。', '20.1%')).toBe('share-of-revenue (context)');
  });

  it('English: that figure', () => {
    expect(metricOf('Alphabet capital expenditure came to $52.5 billion in 2024. In 2023 that figure was $32.3 billion.', '$32.3 billion')).toBe('capex (context)');
  });

  it('not when the clause says more, nor from a paragraph before', () => {
    expect(metricOf('Alphabet capital expenditure came to $52.5 billion in 2024. In 2023 that figure was beaten by a $32.3 billion loss.', '$32.3 billion')).not.toBe('capex (context)');
    expect(metricOf('Alphabet capital expenditure came to $52.5 billion in 2024.\n\nIn 2023 that figure was $32.3 billion.', '$32.3 billion')).toBe('none');
  });
});
