/**
 * A words-per-token rate ("0.75 words per token", 每个token约0.75个单词) is neither an amount of words
 * nor of tokens: it is no side of the "N tokens is about M words" restatement (tokenPrice.ts). The
 * count form is still checked when both sides are amounts.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const CHECK = 'arith.token-price';

describe('a words-per-token rate is not a count', () => {
  it.each([
    'Say a novel runs to 90,000 words. At 0.75 words per token, that is 120,000 tokens of input.',
    'At roughly 0.75 words per token, the contract is about 40,000 tokens.',
    '一本小说约9万个单词。按每个token约0.75个单词计算，就是12万个token。',
  ])('%s', (text) => {
    expect(arithFlags(text, CHECK)).toEqual([]);
  });

  it('still checks two amounts restated', () => {
    expect(arithFlags('A million tokens is roughly 500,000 words.', CHECK)).toEqual(['500,000 words']);
    expect(arithFlags('A million tokens is roughly 750,000 words.', CHECK)).toEqual([]);
  });
});
