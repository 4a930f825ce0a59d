/**
 * A list price named in the number's own clause, with no period, is held against the price in force
 * (contradicted.ts standingPriceVerdict); before it is called contradicted, the product's other prices
 * in force are asked (verdicts/otherPriceInForce.ts): an output price given as the input price, or the
 * cache-hit price given as the standard input price, is a wrong metric. Bundled facts: GPT-4 Turbo $10
 * input / $30 output per 1M tokens (2023-11-06); Claude Opus 4 $15 / $75 (2025-05-22); DeepSeek-R1
 * $0.55 input, $0.14 cache-hit input, $2.19 output (2025-01-20).
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis, draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-08-01';
const flagged = (text: string) => draftFindings(text, DATE);
const verdictOf = (text: string, figure: string) => draftAnalysis(text, DATE).claims.find((c) => c.quantity.text === figure)?.verdict;

describe('the product’s other price in force, given for this one, is the wrong metric', () => {
  it('an output price stated as the input price', () => {
    expect(flagged("GPT-4 Turbo's input price is $30 per million tokens.")).toEqual(['$30 fact.wrong-metric warning']);
    expect(flagged('Claude Opus 4 charges $75 per million input tokens.')).toEqual(['$75 fact.wrong-metric warning']);
  });

  it('the cache-hit price stated as the standard input price', () => {
    expect(flagged('DeepSeek-R1 charges $0.14 per million input tokens.')).toEqual(['$0.14 fact.wrong-metric warning']);
  });

  it('in Chinese', () => {
    expect(flagged('GPT-4 Turbo的输入价是每百万token 30美元。')).toEqual(['30美元 fact.wrong-metric warning']);
    expect(flagged('Claude Opus 4每百万输入token收费75美元。')).toEqual(['75美元 fact.wrong-metric warning']);
  });
});

describe('near misses', () => {
  it('the right price is supported', () => {
    expect(verdictOf("GPT-4 Turbo's input price is $10 per million tokens.", '$10')).toBe('supported');
    expect(verdictOf('Claude Opus 4 charges $15 per million input tokens.', '$15')).toBe('supported');
    expect(verdictOf('GPT-4 Turbo的输入价是每百万token 10美元。', '10美元')).toBe('supported');
  });

  it('a price that is no price of the product at all is still contradicted', () => {
    expect(flagged("GPT-4 Turbo's input price is $20 per million tokens.")).toEqual(['$20 fact.value-mismatch error']);
    expect(flagged('GPT-4 Turbo的输入价是每百万token 20美元。')).toEqual(['20美元 fact.value-mismatch error']);
    expect(flagged('Claude Opus 4 charges $20 per million input tokens.')).toEqual(['$20 fact.value-mismatch error']);
  });
});
