/**
 * Price lists have quoted tokens per thousand as well as per million. A bare price named per 1,000
 * tokens anywhere in its sentence (its lead-in included: 每1000个token, "per thousand tokens") is per
 * thousand, and a bare price whose digits are a per-million price on record moved three places is that
 * price per thousand: neither is a thousandfold slip (unsureDenominator.ts). A price the writer says
 * is per million is still judged per million. Bundled facts: GPT-4 (8K) $30 / $60 per 1M tokens in 2023,
 * GPT-4 Turbo $10 / $30.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-08-20';

describe('a token price off by exactly a thousand is the other convention', () => {
  it.each([
    '旧价目表写的是“每1000个token”：GPT-4输入0.03美元、输出0.06美元。',
    'The old price sheet quoted per thousand tokens: GPT-4 input at $0.03 and output at $0.06.',
    '2023年GPT-4的输入价格是0.03美元，输出0.06美元。',
    'In 2023 GPT-4 input cost $0.03 and output $0.06.',
  ])('%s', (sentence) => {
    expect(draftFindings(sentence, DATE)).toEqual([]);
  });

  it('near miss: a price the writer says is per million is still a slip', () => {
    expect(draftFindings('GPT-4 Turbo charges $0.01 per million input tokens.', DATE)).toEqual(['$0.01 fact.wrong-scale warning']);
  });
});
