/**
 * Money paid for a stake is the payer's investment, not a deal's value (stakePurchase.ts): "paid $14.3
 * billion for a 49% stake", "for 49% of", 出资…取得…股份. Bundled facts: Meta's $14.3 billion for 49% of
 * Scale AI (investment, June 2025) and Meta's $14.2 billion CoreWeave compute deal (September 2025).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-12-01';

describe('money paid for a stake binds as an investment', () => {
  for (const text of [
    'In June 2025 Meta paid $14.3 billion for a 49% non-voting stake in Scale AI.',
    'Meta paid $14.3 billion in June 2025 for roughly 49% of Scale AI.',
  ]) {
    it(text, () => {
      const { claim, verdicts } = flaggedClaim(text, '$14.3 billion', DATE);
      expect(claim?.metric?.value).toBe('investment');
      expect(verdicts).toEqual([]);
    });
  }

  it('Chinese: 支付…取得…股权', () => {
    const { claim } = flaggedClaim('2025年6月Meta支付143亿美元，取得Scale AI 49%的股权。', '143亿美元', DATE);
    expect(claim?.metric?.value).toBe('investment');
  });

  it('near miss: a wrong price for the stake is still contradicted', () => {
    expect(flaggedClaim('In June 2025 Meta paid $15.3 billion for a 49% stake in Scale AI.', '$15.3 billion', DATE).verdicts).toEqual(['contradicted']);
  });

  it('near miss: money paid for anything but equity stays a deal', () => {
    expect(flaggedClaim('In September 2025 Meta paid $14.2 billion for compute capacity from CoreWeave.', '$14.2 billion', DATE).claim?.metric?.value).toBe('deal.value');
    expect(flaggedClaim('2025年9月，Meta向CoreWeave支付142亿美元购买算力。', '142亿美元', DATE).claim?.metric?.value).toBe('deal.value');
  });
});
