/**
 * An event that happens once (a round, a deal) filed under the rough window it was reported in
 * ("mid-2025", May to July) happened on one day of that window: inside the claim's period it is one of
 * that period's events, whatever its confidence, so a figure it supports is never another period's
 * (verdicts/scope.ts). Bundled facts: Perplexity raised $500M in November 2024 and, reported with low
 * confidence, $500M at $14B in mid-2025.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from '../../bind/flaggedClaim';

const DATE = '2025-11-20';

describe('a round filed under a window inside the claim’s year is that year’s', () => {
  it.each([
    ['Perplexity：去年11月估值90亿美元，今年年中又以140亿美元估值融资5亿美元。', '5亿美元'],
    ['Perplexity was valued at $9 billion last November, and this year it raised $500 million at a $14 billion valuation.', '$500 million'],
  ])('%s', (text, figure) => {
    const { claim, verdicts } = flaggedClaim(text, figure, DATE);
    expect(claim).toBeDefined();
    expect(verdicts).toEqual([]);
  });

  it('near miss: a year with no round of that size is still another period', () => {
    expect(flaggedClaim('Perplexity raised $500 million in 2023.', '$500 million', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim('Perplexity在2023年融资5亿美元。', '5亿美元', DATE).verdicts).toEqual(['wrong-period']);
  });
});
