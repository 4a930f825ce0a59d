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
import { draftFindings } from '../../../helpers/draftFindings';

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

describe('the total a tranche takes a contract to', () => {
  // Bundled facts: CoreWeave's OpenAI contract, $11.9B in March 2025, a ~$4B expansion in May 2025.
  const ALL = ['error', 'warning', 'information'] as const;
  it('is not the tranche written before it (English: "took … to")', () => {
    expect(draftFindings("In May 2025 an expansion of about $4 billion took CoreWeave's OpenAI contract to roughly $15.9 billion.", '2025-06-01', ALL)).toEqual([]);
  });

  it('nor in Chinese (使…增至)', () => {
    expect(draftFindings('2025年5月，约40亿美元的扩容使CoreWeave与OpenAI的合同总额增至约159亿美元。', '2025-06-01', ALL)).toEqual([]);
  });

  it('near misses: with no tranche written, or a wrong tranche, the figures are still judged', () => {
    expect(draftFindings("In May 2025 an expansion took CoreWeave's OpenAI contract to $9 billion.", '2025-06-01')).toEqual(['$9 billion fact.value-mismatch error']);
    expect(draftFindings("In May 2025 an expansion of about $2 billion took CoreWeave's OpenAI contract to roughly $4 billion.", '2025-06-01')).toEqual(['$2 billion fact.value-mismatch error']);
  });
});
