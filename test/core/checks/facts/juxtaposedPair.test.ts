/**
 * Two figures set side by side ("10美元对1.10美元", "$10 vs. $1.10") restate a comparison of two parties:
 * beside its party's matching figure, the other figure is the other party's and is not judged against
 * the first (checks/facts/juxtaposedPair.ts). With the bundled facts: GPT-4o's output price $10 and
 * DeepSeek-V3's $1.10 per million tokens.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

const DATE = '2025-06-10';

describe('a juxtaposed pair of two parties\' figures', () => {
  itIsSilent(
    [
      ['DeepSeek-V3的标准价为输出1.10美元。这个价格不到GPT-4o的九分之一（输出端10美元对1.10美元）。', '1.10美元'],
      ["DeepSeek-V3 charges $1.10 per million output tokens. That is under a ninth of GPT-4o's output price ($10 vs. $1.10).", '$1.10'],
      ["DeepSeek-V3 charges $1.10 per million output tokens. GPT-4o's output price is far higher: $1.10 versus $10.", '$1.10'],
    ],
    DATE,
  );

  it('still flags a pair where neither figure matches the party', () => {
    expect(flaggedClaim("GPT-4o's output price is far higher: $12 versus $1.10.", '$12', DATE).verdicts).toEqual(['contradicted']);
  });

  it('still flags a figure of the party that is not set bare beside the other', () => {
    expect(flaggedClaim("GPT-4o's output price is $1.10 per million output tokens, against $10 for o1.", '$1.10', DATE).verdicts).toEqual(['contradicted']);
  });
});
