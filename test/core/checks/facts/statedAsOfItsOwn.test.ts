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

/**
 * A figure of a dated series is history: in "480 trillion tokens a month in May, 980 trillion in July and
 * more than 1.3 quadrillion by October" (a January 2026 draft) "by" may look ahead, so the year-less
 * months stay off the calendar; the figures are dated all the same. Bundled facts: Google's monthly
 * tokens, 480T (May 2025), 980T (July), over 1.3 quadrillion (October).
 */
describe('a figure of a dated series is not stale', () => {
  const JAN = '2026-01-15';
  it('en: a month after the figure and its rate ("a month in May"), in a series ending "by October"', () => {
    const text = 'Google processed about 480 trillion tokens a month in May, 980 trillion in July, and more than 1.3 quadrillion by October.';
    expect(flaggedClaim(text, '480 trillion tokens', JAN).verdicts).toEqual([]);
  });
  it('en: the month opens the sentence, in another clause than the figure', () => {
    expect(flaggedClaim('In May, Google processed 480 trillion tokens a month, and more than 1.3 quadrillion by October.', '480 trillion tokens', JAN).verdicts).toEqual([]);
  });
  it('zh: 2025年5月时, 5月', () => {
    expect(flaggedClaim('谷歌2025年5月时每月处理480万亿个token，7月为980万亿，10月超过1300万亿。', '480万亿个token', JAN).verdicts).toEqual([]);
  });
  it('near miss: the same figure stated as current is still stale', () => {
    expect(flaggedClaim('Google processes 480 trillion tokens a month.', '480 trillion tokens', JAN).verdicts).toEqual(['stale']);
  });
});
