/**
 * "$A in its Series X at $B", "a $2bn round at $30bn": a round named beside the pair says it is a
 * round's terms, even without "raised" or "valuation": the amount introduced by "at" is the valuation,
 * the other the raise. Not when a measure is named before the first amount, and a wrong figure in the
 * same wording is still judged in its role.
 * Bundled facts: Databricks's Series I, $500M at $43B (September 2023); Anthropic's Series E, $3.5B at $61.5B post-money (March 2025); Mistral's €600M at
 * about $6.2B (June 2024).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-06-01';

function read(text: string, figure: string) {
  const { claim, verdicts } = flaggedClaim(text, figure, DATE);
  return { metric: claim?.metric?.value, verdicts };
}

describe('a round named beside "$A at $B": $B is the valuation, $A the raise', () => {
  const correct: [string, string, string][] = [
    ['4. Anthropic (March): $3.5 billion in a Series E at $61.5 billion.', '$3.5 billion', '$61.5 billion'],
    ["Anthropic's March round: $3.5 billion in its Series E at $61.5 billion.", '$3.5 billion', '$61.5 billion'],
    ['In March, Anthropic took $3.5 billion in a Series E round at $61.5 billion.', '$3.5 billion', '$61.5 billion'],
    ['Anthropic, March 2025: a $3.5 billion Series E at $61.5 billion.', '$3.5 billion', '$61.5 billion'],
    ["Anthropic's $3.5 billion round at $61.5 billion in March 2025 was led by Lightspeed.", '$3.5 billion', '$61.5 billion'],
    ["Anthropic's Series E of $3.5 billion at $61.5 billion closed in March 2025.", '$3.5 billion', '$61.5 billion'],
    ['In March 2025, Anthropic took $3.5 billion in fresh funding at $61.5 billion.', '$3.5 billion', '$61.5 billion'],
    ['2025年3月，Anthropic以615亿美元的估值完成35亿美元E轮融资。', '35亿美元', '615亿美元'],
    ['Mistral于2024年6月以60亿美元估值完成6亿欧元融资。', '6亿欧元', '60亿美元'],
    // Rounds run past Series H: Databricks's Series I (September 2023, $500M at $43B).
    ['7. **Databricks** (September 2023): $500 million in its Series I at $43 billion.', '$500 million', '$43 billion'],
  ];
  for (const [text, raise, valuation] of correct) {
    it(`${text}`, () => {
      expect(read(text, raise)).toEqual({ metric: 'funding.raised', verdicts: [] });
      expect(read(text, valuation)).toEqual({ metric: 'valuation', verdicts: [] });
    });
  }
});

describe('near misses', () => {
  it('a valuation off by ten in the same wording is still a wrong scale', () => {
    expect(read('Anthropic (March 2025): $3.5 billion in a Series E at $6.15 billion.', '$6.15 billion').verdicts).toEqual(['wrong-scale']);
  });

  it('a wrong raise in the same wording is still contradicted', () => {
    expect(read('Anthropic (March 2025): $4.5 billion in a Series E at $61.5 billion.', '$4.5 billion').verdicts).toEqual(['contradicted']);
  });

  it('a measure named before the first amount keeps it that measure', () => {
    expect(read("Anthropic's revenue of $3.5 billion in the round at $61.5 billion.", '$3.5 billion').metric).not.toBe('funding.raised');
  });

  it('a price a share after "at" is no valuation', () => {
    expect(read('Anthropic sold $3.5 billion in a Series E at $56 a share.', '$56').metric).not.toBe('valuation');
  });
});
