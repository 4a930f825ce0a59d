/**
 * Stale never applies to a figure dated beside it ("the $1.25 billion of September") nor to a part
 * written beside its whole and the rest (checks/facts/statedAsOfItsOwn.ts). With the bundled facts:
 * Amazon's $1.25B in Anthropic (September 2023), $4B in all by 2024-03-27.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from '../../bind/flaggedClaim';

const DATE = '2024-04-20';

describe('an older figure dated beside it, or a part beside its whole, is not stale', () => {
  it('a month written right after the figure dates it', () => {
    expect(flaggedClaim('Amazon completed its investment in Anthropic by adding $2.75 billion to the $1.25 billion of September.', '$1.25 billion', DATE).verdicts).not.toContain('stale');
  });
  it('a part with its whole and the rest in the sentence', () => {
    expect(flaggedClaim("Amazon's Anthropic investment reached $4 billion: $1.25 billion first, then $2.75 billion.", '$1.25 billion', DATE).verdicts).not.toContain('stale');
  });
  it('near miss: the older figure said to stand now is still stale', () => {
    expect(flaggedClaim('Amazon has invested $1.25 billion in Anthropic.', '$1.25 billion', DATE).verdicts).toEqual(['stale']);
    expect(flaggedClaim('亚马逊已向Anthropic投资12.5亿美元。', '12.5亿美元', DATE).verdicts).toEqual(['stale']);
  });
});
