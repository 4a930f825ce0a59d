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
    // The rate written with its unit counted one before it: "a token is roughly 0.75 words".
    'A long contract runs to 30,000 words. Since a token is roughly 0.75 words, that is 40,000 tokens.',
    'Since one word is about 1.3 tokens, the contract is some 40,000 tokens.',
    '一份合同约3万个英文单词。按一个token约0.75个英文单词估算，约合4万个token。',
    // The unit counted one read as a figure of its own: "1 token ≈ 0.75 words, so …".
    'The usual guide says 1 token ≈ 0.75 words, so 2M tokens is about 1.5 million words.',
    'Take 1 word = 1.3 tokens, so a 10,000-word memo is some 13,000 tokens.',
  ])('%s', (text) => {
    expect(arithFlags(text, CHECK)).toEqual([]);
  });

  it('still checks two amounts restated', () => {
    expect(arithFlags('A million tokens is roughly 500,000 words.', CHECK)).toEqual(['500,000 words']);
    expect(arithFlags('A million tokens is roughly 750,000 words.', CHECK)).toEqual([]);
    expect(arithFlags('The usual guide says 1 token ≈ 0.75 words, so 2M tokens is about 900,000 words.', CHECK)).toEqual(['900,000 words']);
    expect(arithFlags('By the usual rule of thumb, 30,000 words is about 90,000 tokens.', CHECK)).toEqual(['90,000 tokens']);
  });
});
