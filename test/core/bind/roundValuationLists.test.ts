/**
 * One verb may raise a list of rounds, each struck "at" its valuation: "raised $500 million at $4
 * billion in 2023 and then $1.5 billion at $20 billion this year". The second sum of every pair is the
 * valuation, not only the first pair's.
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';

function metrics(text: string, figures: string[]): (string | undefined)[] {
  const qs = figures.map((f) => qAt(text, f, 'money'));
  const claims = bind(text, qs);
  return qs.map((q) => claimOf(claims, q).metric?.value);
}

describe('a list of rounds raised by one verb', () => {
  it('"… and then $X at $Y": the later pair is an amount and a valuation too', () => {
    const text = 'Mistral raised $500 million at $4 billion in 2023 and then $1.5 billion at $20 billion this year.';
    expect(metrics(text, ['$500 million', '$4 billion', '$1.5 billion', '$20 billion'])).toEqual(['funding.raised', 'valuation', 'funding.raised', 'valuation']);
  });

  it('"…, later $X at $Y" as well', () => {
    const text = 'Mistral raised $500 million at $4 billion, later $1.5 billion at $20 billion.';
    expect(metrics(text, ['$500 million', '$4 billion', '$1.5 billion', '$20 billion'])[3]).toBe('valuation');
  });

  it('near miss: a list that was not raised (revenue "at" a margin) gives no valuation', () => {
    const text = 'Mistral earned $500 million at $4 billion of costs and then $1.5 billion at $20 billion.';
    expect(metrics(text, ['$500 million', '$4 billion', '$1.5 billion', '$20 billion'])[3]).not.toBe('valuation');
  });

  it('near miss: a second amount raised without "at" stays an amount raised', () => {
    const text = 'Mistral raised $500 million at $4 billion in 2023 and then $1.5 billion this year.';
    expect(metrics(text, ['$500 million', '$4 billion', '$1.5 billion'])[2]).toBe('funding.raised');
  });
});
