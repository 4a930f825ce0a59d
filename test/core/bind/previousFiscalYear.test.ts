/**
 * "上一财年", "前一财年", "the prior fiscal year" said after a fiscal year named in the same sentence
 * count from that fiscal year, not from the document's date (quarterBefore.ts fiscalYearFromNamed).
 * Bundled facts: Nvidia net income FY2023 $4.37B, FY2024 $29.76B, FY2025 $72.9B.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

describe('the previous fiscal year after a named one is the year before it', () => {
  itIsSilent(
    [
      ['英伟达2024财年净利润297.6亿美元，上一财年仅43.7亿美元。', '43.7亿美元'],
      ['英伟达2024财年净利润297.6亿美元，而前一财年为43.7亿美元。', '43.7亿美元'],
      ['英伟达2025财年净利润729亿美元，上个财年为297.6亿美元。', '297.6亿美元'],
      ["Nvidia's net income was $29.76 billion in fiscal 2024, against $4.37 billion in the prior fiscal year.", '$4.37 billion'],
      ['Nvidia earned $72.9 billion in fiscal 2025, up from $29.76 billion the previous fiscal year.', '$29.76 billion'],
      ["Nvidia's net income was $72.9 billion in fiscal 2025 and $29.76 billion in the preceding fiscal year.", '$29.76 billion'],
    ],
    '2025-11-20',
  );
  it('near miss: a figure of two fiscal years before is still a wrong period', () => {
    expect(flaggedClaim('英伟达2025财年净利润729亿美元，上一财年为43.7亿美元。', '43.7亿美元', '2025-11-20').verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim("Nvidia's net income was $72.9 billion in fiscal 2025 and $4.37 billion in the prior fiscal year.", '$4.37 billion', '2025-11-20').verdicts).toEqual(['wrong-period']);
  });
  it('near miss: with no fiscal year named, 上一财年 is left without a period (namedAnchor.ts: it may point back at a year the text never names, so no wrong period is claimed)', () => {
    const { claim, verdicts } = flaggedClaim('英伟达上一财年净利润297.6亿美元。', '297.6亿美元', '2025-11-20');
    expect(claim?.period).toBeUndefined();
    expect(verdicts).not.toContain('wrong-period');
  });
  it('near miss: a wrong figure for the previous fiscal year is still contradicted', () => {
    expect(flaggedClaim('英伟达2024财年净利润297.6亿美元，上一财年仅53.7亿美元。', '53.7亿美元', '2025-11-20').verdicts).toEqual(['contradicted']);
  });
});
