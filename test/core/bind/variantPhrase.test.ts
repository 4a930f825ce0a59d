/**
 * A clause whose subject is a variant named by a mark and a noun ("the 32K version", 32K版本, "its
 * larger sibling", "the 32k-context model") speaks of that variant: its figure does not bind the base
 * product named before it (bind/variantMention.ts variantPhrases; nouns and comparatives are the
 * lexicon's `variantWords.nouns` / `marks`). GPT-4 (8K) lists $30 input / $60 output per 1M tokens; the
 * 32K model's $60 / $120 is not GPT-4's.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2024-03-01';

describe('a figure of "the 32K version" is not the base model’s', () => {
  itIsSilent(
    [
      ['老的GPT-4（8K）输出价每百万token 60美元；32K版本更贵，输出每千token 0.12美元。', '0.12美元'],
      ['The old GPT-4 (8K) charged $60 per million output tokens; the 32K version was pricier at $0.12 per 1K output tokens.', '$0.12'],
      ['GPT-4 charged $30 per million input tokens, and its larger sibling twice that, $60 per million input tokens.', '$60'],
      ['GPT-4 costs $30 per million input tokens; the 32k-context model costs $60 per million input tokens.', '$60'],
      ["GPT-4 output is $60 per million tokens, while the 32K variant's output is $120 per million tokens.", '$120'],
      ['GPT-4的输出价格为每百万token 60美元，32K版的输出价格为每百万token 120美元。', '120美元'],
    ],
    DATE,
  );
  it('the figure binds no entity', () => {
    expect(flaggedClaim('老的GPT-4（8K）输出价每百万token 60美元；32K版本更贵，输出每千token 0.12美元。', '0.12美元', DATE).claim?.entity).toBeUndefined();
  });
});

describe('near misses: the base model’s own wrong figure is still flagged', () => {
  it.each([
    ['GPT-4 output is $90 per million tokens.', '$90'],
    ['GPT-4的输出价格为每百万token 90美元。', '90美元'],
    ['GPT-4 charged $90 per million output tokens, less than the 32K version.', '$90'],
    ['Unlike the 32K version, GPT-4 output is $90 per million tokens.', '$90'],
  ])('%s', (text, figure) => {
    expect(flaggedClaim(text, figure, DATE).verdicts).toEqual(['contradicted']);
  });
});
