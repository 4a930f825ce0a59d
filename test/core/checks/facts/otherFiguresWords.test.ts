/**
 * A metric word inside another figure's own text ("500 million weekly users") names that figure, not the
 * claim's: the sentence is read without the other quantities when the wrong-metric step asks whether the
 * writer named the other measure (claimSentence.ts ownClause). Bundled facts: ChatGPT's 800 million weekly
 * users on 6 October 2025, 500 million at the end of March 2025.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

const DATE = '2025-11-01';

describe("another figure's unit does not name the claim's measure", () => {
  it('monthly written for a weekly figure, beside a weekly baseline', () => {
    expect(flaggedClaim('On 6 October 2025 ChatGPT had 800 million monthly users, up from 500 million weekly users in March.', '800 million monthly users', DATE).verdicts).toEqual(['wrong-metric']);
  });
});

describe('near misses', () => {
  itIsSilent(
    [
      ['On 6 October 2025 ChatGPT had 800 million weekly users, up from 500 million weekly users in March.', '800 million weekly users'],
      ['On 6 October 2025 ChatGPT had 800 million weekly active users.', '800 million weekly active users'],
    ],
    DATE,
  );
});
