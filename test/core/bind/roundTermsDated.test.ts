/**
 * A list entry "Name: $X <when>, at $Y" states a round's terms with its date between the two amounts:
 * the date names no measure, so the first amount is still the raise and the second the valuation.
 * Bundled facts: Groq's $750 million at about $6.9 billion (September 2025), Hugging Face's $235
 * million Series D at $4.5 billion (August 2023).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-12-10';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;
const verdictOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.verdict;

describe('"$X <date> at $Y" is a raise at a valuation', () => {
  it('a month between the amounts', () => {
    const text = '- Groq: $750 million in September at about $6.9 billion.';
    expect([metricOf(text, '$750 million'), metricOf(text, '$6.9 billion')]).toEqual(['funding.raised', 'valuation']);
    expect(verdictOf(text, '$6.9 billion')).toBe('supported');
  });

  it('makes a wrong valuation checkable', () => {
    expect(verdictOf('- Groq: $750 million in September at about $9.6 billion.', '$9.6 billion')).toBe('contradicted');
  });

  it('"back in" a month and year, then a comma', () => {
    const text = '- Hugging Face: $235 million back in August 2023, at $4.5 billion.';
    expect([metricOf(text, '$235 million'), metricOf(text, '$4.5 billion')]).toEqual(['funding.raised', 'valuation']);
    expect(verdictOf(text, '$235 million')).toBe('supported');
  });
});

describe('near misses', () => {
  it('a date followed by other words before "at" is no round', () => {
    expect(metricOf('Groq spent $750 million in September and, at the end of the year, $9.6 billion.', '$9.6 billion')).toBeUndefined();
  });

  it('a per-share price after the date is no valuation', () => {
    expect(metricOf('Groq sold $750 million in September at $40 a share.', '$40')).not.toBe('valuation');
  });

  it('a trigger word keeps its measure', () => {
    expect(metricOf('Groq had revenue of $750 million in September at about $9.6 billion.', '$750 million')).toBe('revenue');
  });
});
