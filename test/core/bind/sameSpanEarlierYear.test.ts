/**
 * A figure for "the same period" of an earlier year (前年同期, 去年同期, "a year earlier") after a part of
 * a year is that part of the earlier year, and is judged against it (bind/periodSpec.ts). With the
 * bundled facts (Cambricon's first halves: 2025 net profit 10.38亿元, 2024 net loss 5.30亿元).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2026-01-10';

describe('the same part of an earlier year', () => {
  itIsSilent(
    [
      ['寒武纪去年上半年营收28.81亿元；净利润10.38亿元，而前年同期亏损5.30亿元。', '5.30亿元'],
      ['In the first half of 2025 Cambricon earned a net profit of 1.038 billion yuan, against a net loss of 530 million yuan in the same period a year earlier.', '530 million yuan'],
    ],
    DATE,
  );

  it("binds 前年同期 to the first half of the year before last", () => {
    const { claim } = flaggedClaim('寒武纪去年上半年营收28.81亿元；净利润10.38亿元，而前年同期亏损5.30亿元。', '5.30亿元', DATE);
    expect([claim?.period?.value.start, claim?.period?.value.end]).toEqual(['2024-01-01', '2024-06-30']);
  });

  it('still flags a half-year loss written as the whole year before last', () => {
    expect(flaggedClaim('寒武纪去年上半年净利润10.38亿元，而前年全年亏损5.30亿元。', '5.30亿元', DATE).verdicts).toEqual(['wrong-period']);
  });
});
