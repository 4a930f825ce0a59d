/**
 * Two readings of a list of named things, each with its own figure ("A, at $X, and B, at $Y"):
 * - a clause with no name of its own that follows a name and a comma is about that name, not about
 *   the sentence's first subject (entities.ts headOfClause);
 * - a date inside the first item ("A, at $X since February 2023, and B, …") dates that item, so it
 *   cannot make the next item's figure surely of its period (claimSentence.ts periodInEarlierStatement).
 * Bundled facts: ChatGPT Plus $20 a month (February 2023), ChatGPT Pro $200 a month (December 2024).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2025-11-20';

describe('a clause headed by a name and a comma is about that name', () => {
  it.each([
    ['The tiers are ChatGPT Plus, at $20 a month, and ChatGPT Pro, at $200 a month.', 'chatgpt-pro'],
    ['Two plans matter: ChatGPT Plus, $20 a month; ChatGPT Pro, $200 a month.', 'chatgpt-pro'],
    ['The tiers are ChatGPT Pro, at $200 a month, and ChatGPT Plus, at $20 a month.', 'chatgpt-plus'],
    ['两档会员的价格相差十倍：ChatGPT Plus，每月20美元；ChatGPT Pro，每月200美元。', 'chatgpt-pro'],
  ])('%s', (text, entity) => {
    const figure = entity === 'chatgpt-pro' ? (text.includes('美元') ? '200美元' : '$200') : '$20';
    expect(flaggedClaim(text, figure, DATE).claim?.entity?.value).toBe(entity);
  });
});

describe('not a name that ends another statement', () => {
  it('"the largest holder of Anthropic, having invested $4 billion": the investor is the subject', () => {
    expect(flaggedClaim('Amazon remains the largest holder of Anthropic, having invested $4 billion to date.', '$4 billion', DATE).claim?.entity?.value).toBe('amazon');
  });
});

describe('an item dated inside a list does not surely date the next item', () => {
  itIsSilent(
    [
      ['The paid tiers are ChatGPT Plus, at $20 a month since its launch in February 2023, and ChatGPT Pro, at $200 a month since December 2024.', '$200'],
      ['The tiers are ChatGPT Plus, at $20 a month since February 2023, and ChatGPT Pro, at $200 a month.', '$200'],
      ['The tiers are ChatGPT Plus, at $20 a month since February 2023, while ChatGPT Pro, at $200 a month, came later.', '$200'],
    ],
    DATE,
  );
});

describe('near misses: still flagged', () => {
  it('a tier priced wrong in its own clause, dated there, is still a wrong scale', () => {
    expect(flaggedClaim('ChatGPT Plus launched in February 2023 at $200 a month.', '$200', DATE).verdicts).toEqual(['wrong-scale']);
  });
});
