/**
 * A running total ("to date", 累计) is compared with the recorded totals, not with a tranche that
 * happens to equal an old total; a tranche and the total it raised are not rival sources. Bundled
 * facts (Amazon's investments in Anthropic: $1.25B + $2.75B = $4B by March 2024, + $4B = $8B in
 * November 2024).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';
import { analyze } from '../../../../server/src/core/analyze';
import { sanitizeOptions } from '../../../../server/src/core/options';
import { bundledFacts } from '../../../helpers/facts';

describe('a total to date', () => {
  it('is stale when it is an older total, though the latest tranche has the same amount (English)', () => {
    expect(flagged('Amazon remains the largest holder of Anthropic, having invested $4 billion to date.', '2025-09-15')).toEqual(['$4 billion fact.stale']);
  });

  it('and in Chinese (累计)', () => {
    expect(flagged('亚马逊目前累计向Anthropic投资40亿美元。', '2025-09-15')).toEqual(['40亿美元 fact.stale']);
  });

  it('is supported when it is the latest total, or when it was the total at the draft\'s date', () => {
    expect(flagged('Amazon has invested $8 billion in Anthropic to date.', '2025-09-15')).toEqual([]);
    expect(flagged('Amazon has invested $4 billion in Anthropic to date.', '2024-06-01')).toEqual([]);
  });
});

describe('a tranche', () => {
  it('is supported, and the total of the same day is not a disagreeing source', () => {
    const a = analyze('In November 2024 Amazon invested another $4 billion in Anthropic.', { facts: bundledFacts(), options: sanitizeOptions({ documentDate: '2025-09-15' }) });
    expect(a.claims.map((c) => c.verdict)).toEqual(['supported']);
    expect(a.findings).toEqual([]);
  });
});
