/**
 * An undated level read as "now" is contradicted by the current figure only when it could be a
 * misstatement of it: a figure further off than the largest slip of scale (ten thousand) counts something
 * else that the binder took for the level ("两条曲线", "two curves" in a heading that names weekly
 * users), and is left unverified (undated.ts). Bundled facts: ChatGPT 800M weekly users (October 2025).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

describe('an undated figure beyond any slip of scale is not the level', () => {
  itIsSilent(
    [
      ['# ChatGPT的两条曲线：周活用户和年化收入\n', '两条'],
      ["# ChatGPT's two curves: weekly active users and annualized revenue\n", 'two'],
    ],
    '2025-11-20',
  );
  it('near miss: a wrong level is still contradicted', () => {
    expect(flaggedClaim('ChatGPT现在的周活跃用户为6亿。', '6亿', '2025-11-20').verdicts).toEqual(['contradicted']);
    expect(flaggedClaim('ChatGPT now has 600 million weekly active users.', '600 million weekly active users', '2025-11-20').verdicts).toEqual(['contradicted']);
  });
  it('near miss: a slip of scale up to ten thousand is still one', () => {
    expect(flaggedClaim('ChatGPT现在的周活跃用户为8万。', '8万', '2025-11-20').verdicts).toEqual(['wrong-scale']);
    expect(flaggedClaim('ChatGPT now has 8 million weekly active users.', '8 million weekly active users', '2025-11-20').verdicts).toEqual(['wrong-scale']);
  });
});
