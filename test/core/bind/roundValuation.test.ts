/**
 * "raised $675 million at $26 billion": the second sum of a round, introduced by "at", is the valuation.
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';

const metricOf = (text: string, needle: string, others: string[] = []) => {
  const figure = qAt(text, needle, 'money');
  return claimOf(bind(text, [figure, ...others.map((o) => qAt(text, o, 'money'))]), figure).metric?.value;
};

describe('a round struck "at" a sum', () => {
  it('the sum after "at" is the valuation, the amount stays the amount raised', () => {
    const text = 'OpenAI raised $40 billion in March at $300 billion.';
    expect(metricOf(text, '$300 billion', ['$40 billion'])).toBe('valuation');
    expect(metricOf(text, '$40 billion', ['$300 billion'])).toBe('funding.raised');
  });

  it('"brought in … at" too', () => {
    expect(metricOf('The round brought in $40 billion at $300 billion.', '$300 billion', ['$40 billion'])).toBe('valuation');
  });

  it('near misses: two amounts raised, a price per share', () => {
    expect(metricOf('OpenAI raised $6 billion in May and $6 billion in December.', '$6 billion', [])).toBe('funding.raised');
    const text = 'Meta raised $1 billion and sold shares at $40.';
    expect(metricOf(text, '$40', ['$1 billion'])).not.toBe('valuation');
  });

  it('reads a long run of digits between two sums in one pass (it once backtracked for minutes)', () => {
    // The digits are no date, so nothing joins the two sums into a round.
    const text = `It raised $40 million ${'9'.repeat(40)} at $9 billion.`;
    expect(metricOf(text, '$9 billion', ['$40 million'])).not.toBe('valuation');
    expect(metricOf('It raised $40 million in 2024 at $9 billion.', '$9 billion', ['$40 million'])).toBe('valuation');
  });
});
