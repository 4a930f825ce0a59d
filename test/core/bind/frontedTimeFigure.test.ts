/**
 * A figure inside a fronted time adverbial ("A year after its $1 billion round, …", "继…一年后，…") is an
 * earlier event the main clause is dated against: a credit at the end of the main clause does not cover
 * it (attributionScope.ts frontedTimeFigure). Bundled facts: Scale AI's $1 billion round at about $14
 * billion (Fortune, May 2024) and Meta's $14.3 billion for 49% (Reuters, June 2025).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2025-12-01';

describe('a figure in a fronted time adverbial is not the closing credit\'s', () => {
  itIsSilent(
    [
      ['- **Scale.** Two years after its $1 billion raise at roughly $14 billion, Meta took 49% of Scale AI for $14.3 billion, per Reuters.', '$14 billion'],
      ['Months after Scale AI raised $1 billion at a $14 billion valuation, Meta invested $14.3 billion in it, Reuters reported.', '$14 billion'],
      ['继Scale AI以约140亿美元估值融资10亿美元一年后，Meta投资143亿美元，路透社报道称。', '140亿美元'],
    ],
    DATE,
  );

  it('near miss: the same figures in the credited clause itself are still credited', () => {
    expect(flaggedClaim('Scale AI raised $1 billion, per Reuters.', '$1 billion', DATE).verdicts).toEqual(['misattributed']);
    expect(flaggedClaim('Scale AI以约140亿美元估值融资10亿美元，路透社报道称。', '10亿美元', DATE).verdicts).toEqual(['misattributed']);
  });

  it('near miss: a credit inside the adverbial still covers its own figure', () => {
    expect(flaggedClaim('After Reuters reported a $1 billion round for Scale AI, rivals hired bankers.', '$1 billion', DATE).verdicts).toEqual(['misattributed']);
  });
});
