/**
 * A total over a stated span is that span's sum, not the total since founding set against one round
 * (spanTotal.ts). Bundled facts: Anthropic raised $7.3B from February 2023 to February 2024 (NYT, a
 * `cumulative` funding-raised fact over that span).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

describe('a total over a stated span is what was raised in it', () => {
  itIsSilent(
    [
      ['据《纽约时报》统计，从2023年2月到2024年2月的一年里，Anthropic共融资73亿美元。', '73亿美元'],
      ['Between February 2023 and February 2024, Anthropic raised $7.3 billion in total.', '$7.3 billion'],
    ],
    '2025-11-20',
  );
  it('near miss: a total as of the end of the span is still the cumulative total', () => {
    expect(flaggedClaim('截至2024年2月，Anthropic累计融资73亿美元。', '73亿美元', '2025-11-20').verdicts).toEqual(['wrong-metric']);
  });
  it('near miss: the span total credited to another publisher is misattributed', () => {
    expect(flaggedClaim('据彭博社统计，从2023年2月到2024年2月的一年里，Anthropic共融资73亿美元。', '73亿美元', '2025-11-20').verdicts).toEqual(['misattributed']);
    expect(flaggedClaim('Between February 2023 and February 2024, Anthropic raised $7.3 billion in total, according to Bloomberg.', '$7.3 billion', '2025-11-20').verdicts).toEqual(['misattributed']);
  });
});
