/**
 * A figure that adds up two periods ("Q1 plus Q2 … comes to", "一季度加二季度合计") is of neither period:
 * the nearer one never dates it (bind/summedPeriods.ts). Bundled facts: NVIDIA data center revenue of
 * $22.6B in Q1 FY2025 and $26.3B in Q2 FY2025.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2024-09-10';

describe('the sum of two periods is not the last period’s figure', () => {
  it('en: "plus … comes to", "and … combined"', () => {
    const plus = flaggedClaim("Nvidia's Q1 plus Q2 FY25 data center revenue comes to $48.9 billion.", '$48.9 billion', DATE);
    expect(plus.claim?.period).toBeUndefined();
    expect(plus.verdicts).toEqual([]);
    expect(flaggedClaim('Nvidia data center revenue in Q1 and Q2 of fiscal 2025 combined was $48.9 billion.', '$48.9 billion', DATE).verdicts).toEqual([]);
  });

  it('zh: 加 … 合计, 和 … 加起来', () => {
    expect(flaggedClaim('英伟达2025财年第一季度加第二季度的数据中心收入合计489亿美元。', '489亿美元', DATE).verdicts).toEqual([]);
    expect(flaggedClaim('英伟达2025财年第一季度和第二季度数据中心收入加起来约489亿美元。', '489亿美元', DATE).verdicts).toEqual([]);
  });

  it('near miss: one period named keeps its date and its finding', () => {
    expect(flaggedClaim("Nvidia's Q2 FY25 data center revenue came to $48.9 billion.", '$48.9 billion', DATE).verdicts).toEqual(['contradicted']);
    expect(flaggedClaim('英伟达2025财年第二季度数据中心收入为489亿美元。', '489亿美元', DATE).verdicts).toEqual(['contradicted']);
  });
});

// NVIDIA revenue was $30.0B in Q2 FY2025 (bundled facts): a figure of four quarters bound to the last is contradicted.
describe('a run of quarters written as one span dates none of its figures by its last quarter', () => {
  it('en: "Q3 FY2024 to Q2 FY2025", "(… through …)"; zh: 至', () => {
    const run = flaggedClaim("Nvidia's revenue over Q3 FY2024 to Q2 FY2025 came to about $96 billion.", '$96 billion', DATE);
    expect(run.claim?.period).toBeUndefined();
    expect(run.verdicts).toEqual([]);
    expect(flaggedClaim("Nvidia's trailing revenue (Q3 FY2024 through Q2 FY2025) was about $96 billion.", '$96 billion', DATE).verdicts).toEqual([]);
    expect(flaggedClaim('英伟达2024财年第三季度至2025财年第二季度的营收约960亿美元。', '960亿美元', DATE).verdicts).toEqual([]);
  });

  it('near miss: "from … to …" are the two ends of a change, and the level it rose to is the last quarter\'s', () => {
    expect(flaggedClaim("From Q1 FY2025 to Q2 FY2025, Nvidia's revenue rose to $30 billion.", '$30 billion', DATE).claim?.period?.value).toMatchObject({ label: 'Q2 FY2025' });
  });

  it('near miss: a percentage across the run is the growth into its last quarter', () => {
    expect(flaggedClaim("Nvidia's Q1 to Q2 FY2025 revenue growth was 15%.", '15%', DATE).claim?.period?.value).toMatchObject({ label: 'Q2 FY2025' });
  });
});

// NVIDIA revenue was $130.5B in FY2025 and $39.3B in its Q4 (bundled facts).
describe('四季度 with a word of summing counts four quarters, not the fourth', () => {
  const date = '2025-04-01';
  it('zh: "四季度营收合计", "四个季度加起来" after a year\'s quarters', () => {
    const text = '英伟达2025财年各季度营收逐季走高。四季度营收合计1305亿美元，与年报一致。';
    const summed = flaggedClaim(text, '1305亿美元', date);
    expect(summed.claim?.period?.value.label ?? '').not.toMatch(/Q4/);
    expect(summed.verdicts).not.toContain('wrong-period');
    expect(flaggedClaim('英伟达2025财年各季度营收逐季走高。四个季度加起来约1305亿美元。', '1305亿美元', date).verdicts).not.toContain('wrong-period');
  });

  it('near miss: 第四季度 is the fourth quarter, summed or not', () => {
    expect(flaggedClaim('英伟达2025财年第四季度营收合计1305亿美元。', '1305亿美元', date).verdicts).toEqual(['wrong-period']);
  });
});
