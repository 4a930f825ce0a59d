/**
 * A figure stated as the total of the sentence's parts is no single round's amount (sumOfParts.ts):
 * the fact checks leave it to a fact recorded as a total, and the arithmetic checks verify the sum.
 * Bundled facts: Mistral raised €105M in June 2023 and €385M in December 2023.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

const DATE = '2025-11-20';

describe('a sum of stated rounds is not judged as one round', () => {
  itIsSilent(
    [
      ['Mistral raised a €105 million seed in June 2023 and then €385 million in December, so €490 million raised between June and December.', '€490 million'],
      ['Mistral raised €105 million in June 2023 and €385 million in December 2023, €490 million in all.', '€490 million'],
      ['Mistral于2023年6月融资1.05亿欧元，12月又融资3.85亿欧元，两轮合计4.9亿欧元。', '4.9亿欧元'],
      // The rounds named as the subject of the sum.
      ['Mistral raised €105 million in June 2023 and €385 million in December 2023; the two rounds brought in €490 million.', '€490 million'],
      ['Mistral raised €105 million in June 2023 and €385 million in December 2023; both raises totalled €490 million.', '€490 million'],
    ],
    DATE,
  );
});

describe('near misses', () => {
  it('a wrong sum is still caught, by the arithmetic (en)', () => {
    const { verdicts } = flaggedClaim('Mistral raised €105 million in June 2023 and then €385 million in December, €400 million in all.', '€400 million', DATE);
    expect(verdicts.length).toBeGreaterThan(0);
  });

  it('a wrong sum is still caught, by the arithmetic (zh)', () => {
    const { verdicts } = flaggedClaim('Mistral于2023年6月融资1.05亿欧元，12月又融资3.85亿欧元，两轮合计4亿欧元。', '4亿欧元', DATE);
    expect(verdicts.length).toBeGreaterThan(0);
  });

  it('a wrong sum of the rounds named as its subject is the arithmetic\'s, not a contradiction', () => {
    const text = 'Mistral raised €105 million in June 2023 and another €385 million in December 2023; the two rounds brought in €600 million.';
    expect(flaggedClaim(text, '€600 million', DATE).verdicts).toEqual(['inconsistent']);
  });

  it('one round stated alone is still judged as the round', () => {
    expect(flaggedClaim('Mistral raised €450 million in December 2023.', '€450 million', DATE).verdicts).toEqual(['contradicted']);
  });

  it('a total word with only one figure before it is still one round', () => {
    expect(flaggedClaim('After a €105 million seed, Mistral raised €450 million in total in December 2023.', '€450 million', DATE).verdicts).toEqual(['contradicted']);
  });
});
