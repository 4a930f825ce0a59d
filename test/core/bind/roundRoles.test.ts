/**
 * In "raised/closed/landed $X at $Y", the first amount is the raise and the one after "at" the
 * valuation, with "post-money", "pre-money", "more than", "about", "an estimated" or "a valuation of"
 * around them. Chinese writes the valuation with its trigger word (以…估值融资…, 融资…,投后估值…).
 * Bundled facts: Cognition's $400M at $10.2B and Runway's $308M at over $3B.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-12-10';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;
const verdictOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.verdict;

describe('a raise "at" a valuation, named by its verb', () => {
  it('"post-money" after the pair does not make the raise a valuation', () => {
    const text = 'Cognition raised $400 million at $10.2 billion post-money.';
    expect([metricOf(text, '$400 million'), metricOf(text, '$10.2 billion')]).toEqual(['funding.raised', 'valuation']);
    expect([verdictOf(text, '$400 million'), verdictOf(text, '$10.2 billion')]).toEqual(['supported', 'supported']);
  });

  it('"closed … at a $Y post-money valuation", "landed … at about $Y pre-money"', () => {
    const closed = 'Cognition closed $400 million at a $10.2 billion post-money valuation.';
    expect([metricOf(closed, '$400 million'), metricOf(closed, '$10.2 billion')]).toEqual(['funding.raised', 'valuation']);
    const landed = 'Cognition landed $400 million at about $10.2 billion pre-money.';
    expect([metricOf(landed, '$400 million'), metricOf(landed, '$10.2 billion')]).toEqual(['funding.raised', 'valuation.pre-money']);
  });

  it('a bound or an estimate before the valuation: "at more than $3 billion", "at a valuation of", "at an estimated"', () => {
    const more = 'Runway raised $308 million at more than $3 billion.';
    expect([metricOf(more, '$308 million'), metricOf(more, '$3 billion')]).toEqual(['funding.raised', 'valuation']);
    expect(verdictOf(more, '$3 billion')).toBe('supported');
    expect(metricOf('Runway raised $308 million at a valuation of more than $3 billion.', '$3 billion')).toBe('valuation');
    expect(metricOf('Cognition raised $400 million at an estimated $10.2 billion.', '$10.2 billion')).toBe('valuation');
  });

  it('Chinese: 以…估值融资…, 融资…,投后估值…', () => {
    const before = 'Runway以超过30亿美元的估值融资3.08亿美元。';
    expect([metricOf(before, '30亿美元'), metricOf(before, '3.08亿美元')]).toEqual(['valuation', 'funding.raised']);
    const after = 'Cognition融资4亿美元,投后估值102亿美元。';
    expect([metricOf(after, '4亿美元'), metricOf(after, '102亿美元')]).toEqual(['funding.raised', 'valuation']);
  });
});

describe('near misses', () => {
  it('a price per share after "at" is no valuation', () => {
    expect(metricOf('CoreWeave raised $1.5 billion at $40 a share.', '$40')).not.toBe('valuation');
  });

  it('a sum after "at" that its own words name as another measure is that measure', () => {
    expect(metricOf('Anthropic raised $2 billion at a $500 million annualized revenue run-rate.', '$500 million')).not.toBe('valuation');
  });

  it('a second sum not joined by "at" stays what its own words say', () => {
    expect(metricOf('Runway raised $308 million and spent $3 billion on compute.', '$3 billion')).not.toBe('valuation');
  });

  it('a wrong valuation in the same wording is still judged as a valuation', () => {
    expect(verdictOf('Cognition raised $400 million at $10.2 million post-money.', '$10.2 million')).toBe('wrong-scale');
  });
});
