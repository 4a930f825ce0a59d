/**
 * A period written after 对比/相比/比照/"compared with", after a figure, is the yardstick's: it dates the
 * figure after it, not the figure before the comparison (bind/comparisonObject.ts, isComparedPeriodAfter).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2024-09-10';

describe('the period of a yardstick does not date the figure compared with it', () => {
  it('zh: 对比, 比照', () => {
    const text = '英伟达以300亿美元季度营收对比2024财年第四季度营收221亿美元，涨幅可观。';
    expect(flaggedClaim(text, '300亿美元', DATE).claim?.period).toBeUndefined();
    expect(flaggedClaim(text, '221亿美元', DATE).claim?.period?.value.label).toMatch(/Q4 FY2024/);
    expect(flaggedClaim('英伟达以300亿美元季度营收比照2024财年第四季度营收221亿美元。', '300亿美元', DATE).claim?.period).toBeUndefined();
  });

  it('en: compared with', () => {
    const text = 'Nvidia set $30 billion of quarterly revenue compared with fiscal 2024 fourth-quarter revenue of $22.1 billion.';
    expect(flaggedClaim(text, '$30 billion', DATE).claim?.period).toBeUndefined();
  });

  it('near miss: a period after the figure without a comparison still dates it', () => {
    expect(flaggedClaim('英伟达2025财年第二季度营收300亿美元，对比上一季度的260亿美元。', '300亿美元', DATE).claim?.period?.value.label).toMatch(/Q2 FY2025/);
    expect(flaggedClaim('Nvidia reported $30 billion of revenue in the second quarter of fiscal 2025.', '$30 billion', DATE).claim?.period?.value.label).toMatch(/Q2 FY2025/);
  });
});
