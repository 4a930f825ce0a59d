/**
 * Without a verb of raising, "$X at $Y" is still a round's terms when a valuation word names the
 * second amount ("with $400 million at $10.2 billion post-money", "at a valuation of"): the first
 * amount is the raise, not a second valuation. Not when the first amount's clause names another measure
 * before it ("revenue of …"), nor when nothing names the valuation.
 * Bundled facts: Cognition's $400M at $10.2B post-money (September 2025).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-12-10';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;
const verdictOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.verdict;

describe('a verb-less "$X at $Y" whose second amount a valuation word names', () => {
  it('"post-money" after the valuation: the first amount is the raise', () => {
    const text = 'Cognition followed in September with $400 million at $10.2 billion post-money, led by Founders Fund.';
    expect([metricOf(text, '$400 million'), metricOf(text, '$10.2 billion')]).toEqual(['funding.raised', 'valuation']);
    expect([verdictOf(text, '$400 million'), verdictOf(text, '$10.2 billion')]).toEqual(['supported', 'supported']);
  });

  it('"at a valuation of": the first amount is the raise', () => {
    const text = 'Next came Cognition, with $400 million at a valuation of $10.2 billion.';
    expect(metricOf(text, '$400 million')).toBe('funding.raised');
  });
});

describe('near misses', () => {
  it('a measure named before the first amount keeps it that measure', () => {
    const text = 'Cognition reported revenue of $400 million at $10.2 billion post-money.';
    expect(metricOf(text, '$400 million')).not.toBe('funding.raised');
  });

  it('a wrong raise in the same wording is still judged as a raise', () => {
    expect(verdictOf('Cognition followed in September with $500 million at $10.2 billion post-money.', '$500 million')).toBe('contradicted');
  });

  it('a wrong valuation in the same wording is still judged as a valuation', () => {
    expect(verdictOf('Cognition followed in September with $400 million at $10.2 million post-money.', '$10.2 million')).toBe('wrong-scale');
  });
});

describe('whom the money came from, between the amount and "at"', () => {
  it('"$X from N investors at a valuation reported near $Y": the first amount is the raise', () => {
    const text = 'Cognition later booked another $400 million from 40 backers at a valuation reported near $10.2 billion.';
    expect([metricOf(text, '$400 million'), metricOf(text, '$10.2 billion')]).toEqual(['funding.raised', 'valuation']);
  });

  it('"from" a named investor too; a measure before the amount still keeps it', () => {
    expect(metricOf('Cognition got $400 million from Founders Fund at $10.2 billion post-money.', '$400 million')).toBe('funding.raised');
    expect(metricOf('Cognition reported revenue of $400 million from 40 customers at $10.2 billion post-money.', '$400 million')).not.toBe('funding.raised');
  });
});
