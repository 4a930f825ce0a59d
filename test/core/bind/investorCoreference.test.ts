/**
 * "the company" / 该公司 after a sentence led by an investor that names the company it invested in is that
 * company, not the investor (coreference.ts withoutInvestors); an investor alone keeps the pronoun.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-06-01';
const ownerOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity?.value;

describe('the company invested in, not the investor', () => {
  it.each([
    ["SoftBank led OpenAI's latest funding round; the company said its revenue reached $3.7 billion.", '$3.7 billion', 'openai'],
    ['SoftBank has invested in OpenAI. The company expects revenue of $12.7 billion this year.', '$12.7 billion', 'openai'],
    ['软银领投了OpenAI的新一轮融资；该公司表示营收达到37亿美元。', '37亿美元', 'openai'],
    ['腾讯投资了智谱。该公司的营收约为3亿元。', '3亿元', 'zhipu-ai'],
  ])('%s', (text, figure, owner) => expect(ownerOf(text, figure)).toBe(owner));
});

describe('near misses: the investor stays the subject', () => {
  it.each([
    ['SoftBank led the round. The company said its revenue reached ¥3 trillion.', '¥3 trillion', 'softbank'],
    ["SoftBank reported a loss, while OpenAI grew; the company's revenue fell to ¥3 trillion.", '¥3 trillion', 'softbank'],
    ['软银领投了这轮融资；该公司营收达到3万亿日元。', '3万亿日元', 'softbank'],
  ])('%s', (text, figure, owner) => expect(ownerOf(text, figure)).toBe(owner));
});
