/**
 * A pre-money valuation equal to the post-money less the round is right (preMoney.ts); the post-money
 * figure stated as the pre-money is still another measure's, hedged or not. Bundled facts: Cognition
 * raised $400M at $10.2B post-money in September 2025.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

const DATE = '2025-11-20';

describe('the post-money less the round is the pre-money', () => {
  itIsSilent(
    [
      ['In September Cognition raised $400 million at a $10.2 billion post-money valuation, so about $9.8 billion pre-money.', '$9.8 billion'],
      ['Cognition今年9月融资4亿美元，投后估值102亿美元，则投前约为98亿美元。', '98亿美元'],
    ],
    DATE,
  );
});

describe('near misses: the post-money stated as the pre-money', () => {
  it('en, hedged', () => {
    expect(flaggedClaim('In September Cognition raised $400 million; its pre-money valuation was about $10.2 billion.', '$10.2 billion', DATE).verdicts).toEqual(['wrong-metric']);
  });

  it('zh, hedged', () => {
    expect(flaggedClaim('Cognition今年9月融资4亿美元，投前估值约为102亿美元。', '102亿美元', DATE).verdicts).toEqual(['wrong-metric']);
  });
});
