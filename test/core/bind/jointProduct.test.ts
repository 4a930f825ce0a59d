/**
 * A figure governed by coordinated products is a joint figure (bind/jointProduct.ts): no single product
 * is bound for it, and a product standing as its subject stands for the pair (grouped), whose first
 * member's facts earn at most a note. Bundled facts: Nvidia's ~500,000 data-centre GPUs shipped in
 * calendar Q3 2023 (filed under the generic GPU), the H100's and the A100's 2023 unit prices.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2024-03-01';

describe('coordinated products govern a joint figure', () => {
  it('a count of "A100s and H100s" is no one product\'s (en)', () => {
    const claim = analyzedClaim('Analysts think Nvidia shipped about 500,000 A100s and H100s in the third quarter of 2023.', '500,000 A100s', DATE);
    expect(claim?.entity?.value).toBe('nvidia');
    expect(claim?.product).toBeUndefined();
  });

  it('50万块A100和H100 (zh)', () => {
    const claim = analyzedClaim('分析师认为，2023年第三季度英伟达出货了约50万块A100和H100。', '50万块A100', DATE);
    expect(claim?.product).toBeUndefined();
  });

  it('so a joint count is checked against the line-wide figure: a wrong quarter is caught', () => {
    const { verdicts } = flaggedClaim('Analysts think Nvidia shipped about 500,000 A100s and H100s in the first quarter of 2023.', '500,000 A100s', DATE);
    expect(verdicts).toEqual(['wrong-period']);
  });

  it('a price of "the H100 and the A100" binds the pair, and is not flagged as the first one\'s', () => {
    for (const [text, figure] of [
      ['In 2023 the H100 and the A100 sold for about $3,320.', '$3,320'],
      ['2023年H100和A100的售价约3320美元。', '3320美元'],
    ] as const) {
      const { claim, verdicts } = flaggedClaim(text, figure, DATE);
      expect(claim?.entity?.grouped).toBe(true);
      expect(claim?.product).toBeUndefined();
      expect(verdicts).toEqual([]);
    }
  });

  it('near miss: one product alone is still that product\'s', () => {
    const { claim, verdicts } = flaggedClaim('In 2023 the H100 sold for about $3,320.', '$3,320', DATE);
    expect(claim?.product?.value).toBe('h100');
    expect(claim?.entity?.grouped).toBeUndefined();
    expect(verdicts).toEqual(['wrong-scale']);
  });

  it('near miss: a company and its product are not a pair ("Nvidia and its H100")', () => {
    const claim = analyzedClaim('In 2023 Meta bought 150,000 H100s.', '150,000 H100s', DATE);
    expect(claim?.product?.value).toBe('h100');
  });
});
