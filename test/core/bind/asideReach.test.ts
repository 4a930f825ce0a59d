/**
 * An English aside credit ("…, Bloomberg reported, …") credits the clause before it, and what
 * continues that statement, but not a figure past a new statement ("while xAI raised…", "; …", "but
 * …"): that is another subject's news. With the bundled facts, the misplaced-credit check then leaves
 * the later figure alone, and still finds a credit that is truly misplaced.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flagged } from '../../helpers/flagged';

const DATE = '2024-12-20';
const credit = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.attribution?.value;

describe('an aside credit stops at a new statement', () => {
  it.each([
    ["OpenAI's round, $6.6 billion, was led by Thrive Capital, Bloomberg reported, while xAI raised $6 billion in May.", '$6 billion'],
    ["OpenAI's round, $6.6 billion, was led by Thrive Capital, Bloomberg reported, whereas xAI raised $6 billion in May.", '$6 billion'],
    ["OpenAI's round, $6.6 billion, was led by Thrive Capital, Bloomberg reported, but xAI raised $6 billion in May.", '$6 billion'],
  ])('%s', (text, figure) => {
    expect(credit(text, '$6.6 billion')).toBe('Bloomberg');
    expect(credit(text, figure)).toBeUndefined();
  });

  it('still credits what continues the statement', () => {
    expect(credit('OpenAI raised $6.6 billion, Bloomberg reported, at a valuation of $157 billion.', '$157 billion')).toBe('Bloomberg');
  });
});

describe('with the bundled facts', () => {
  it("raises nothing on another subject's figure after the aside", () => {
    expect(flagged("OpenAI's round, $6.6 billion, was led by Thrive Capital, Bloomberg reported, while xAI raised $6 billion twice, in May and again in December.", DATE)).toEqual([]);
  });

  it('still finds a misplaced credit the aside does cover', () => {
    expect(flagged('xAI raised $6 billion in May, Bloomberg reported, at a $24 billion valuation.', DATE)).toContain('$6 billion fact.misattributed');
  });
});
