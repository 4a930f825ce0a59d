/**
 * An undated figure that is a confusable measure's (undatedMetric.ts): the level now, or the figure of
 * the record its sentence retells. Bundled facts: ChatGPT's 500 million weekly users at the end of March
 * 2025 and 800 million on 6 October 2025; Cognition's September 2025 round of $400M at a $10.2B
 * post-money valuation.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

const AFTER_DEVDAY = '2025-10-20';
const AFTER_ROUND = '2025-11-20';

describe('the newest figure of another level measure, stated as the level now', () => {
  it('weekly users written as monthly (en)', () => {
    expect(flaggedClaim('ChatGPT now has 800 million monthly active users.', '800 million monthly active users', AFTER_DEVDAY).verdicts).toEqual(['wrong-metric']);
    expect(flaggedClaim('Today ChatGPT counts about 800 million monthly users.', '800 million monthly users', AFTER_DEVDAY).verdicts).toEqual(['wrong-metric']);
  });

  it('weekly users written as monthly (zh)', () => {
    expect(flaggedClaim('ChatGPT目前的月活跃用户已经有8亿。', '8亿', AFTER_DEVDAY).verdicts).toEqual(['wrong-metric']);
  });
});

describe('the figure of the record the sentence retells, under another measure', () => {
  it('the post-money stated as the pre-money (en)', () => {
    expect(flaggedClaim('Cognition raised $400 million at a $10.2 billion pre-money valuation.', '$10.2 billion', AFTER_ROUND).verdicts).toEqual(['wrong-metric']);
  });

  it('the post-money stated as the pre-money (zh)', () => {
    expect(flaggedClaim('Cognition以102亿美元的投前估值融资4亿美元。', '102亿美元', AFTER_ROUND).verdicts).toEqual(['wrong-metric']);
  });
});

describe('near misses', () => {
  itIsSilent(
    [
      // The measure the base records.
      ['ChatGPT now has 800 million weekly active users.', '800 million weekly active users'],
      ['ChatGPT目前的周活跃用户已经有8亿。', '8亿'],
      // A comparison or a date may make the figure another moment's.
      ['ChatGPT has 800 million monthly users, up from 500 million in March.', '800 million monthly users'],
    ],
    AFTER_DEVDAY,
  );
  itIsSilent(
    [
      ['Cognition raised $400 million at a $10.2 billion post-money valuation.', '$10.2 billion'],
      ['Cognition以102亿美元的投后估值融资4亿美元。', '102亿美元'],
      // The post-money less the round is the pre-money (preMoney.ts).
      ['Cognition raised $400 million at a $9.8 billion pre-money valuation.', '$9.8 billion'],
    ],
    AFTER_ROUND,
  );

  it('a level no longer current is not judged as the level now', () => {
    expect(flaggedClaim('ChatGPT now has 800 million monthly active users.', '800 million monthly active users', '2027-06-01').verdicts).toEqual([]);
  });

  it('a sentence that states no other figure of the record leaves the figure undated', () => {
    expect(flaggedClaim("Cognition's pre-money valuation was $10.2 billion.", '$10.2 billion', AFTER_ROUND).verdicts).toEqual([]);
  });
});
