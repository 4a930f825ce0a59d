/**
 * A lone amount after a round's "$X at $Y", joined by "and another" or "then a further", is one more raise
 * of the same list, not the valuation written just before it (bind/roundTerms.ts anotherRaise).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-11-20')?.metric?.value;

describe('"and another $Z" after "raised $X at a $Y valuation" is a raise', () => {
  it('with "another"', () => {
    const text = 'Acme raised $200 million at a $2 billion valuation in March and another $250 million in August.';
    expect(metricOf(text, '$250 million')).toBe('funding.raised');
    expect(metricOf(text, '$2 billion')).toBe('valuation');
  });

  it('with "then a further" and a hedge', () => {
    expect(metricOf('Acme raised $200 million at $2 billion post-money in March, then a further roughly $250 million in August.', '$250 million')).toBe('funding.raised');
  });
});

describe('near misses', () => {
  it('without "another" a lone amount after the valuation is not made a raise', () => {
    expect(metricOf('Acme raised $200 million at a $2 billion valuation in March and $5 billion in August.', '$5 billion')).not.toBe('funding.raised');
  });

  it('a next pair keeps its own terms', () => {
    const text = 'Acme raised $200 million at a $2 billion valuation in March and another $250 million at $4 billion in August.';
    expect(metricOf(text, '$250 million')).toBe('funding.raised');
    expect(metricOf(text, '$4 billion')).toBe('valuation');
  });

  it('an amount after a valuation that is no round\'s terms is left to the trigger words', () => {
    expect(metricOf('Acme had revenue of $200 million at a 40% margin in March and another $250 million in August.', '$250 million')).not.toBe('funding.raised');
  });
});
