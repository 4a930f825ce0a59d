/**
 * The writer's own forecast, or an analysts', of a period not over by the document's date is no claim about
 * the actual published later: no verdict against it rises above information (checks/facts/ownForecast.ts).
 * Bundled facts: NVIDIA data center revenue of $30.8B in Q3 FY2025 (Aug–Oct 2024), reported in November.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from '../../bind/flaggedClaim';

const BEFORE = '2024-09-04';
const AFTER = '2024-12-15';

describe('a forecast made before the period is over is not judged against the actual', () => {
  it('en: our base case, our estimate, analysts expect', () => {
    expect(flaggedClaim("For Nvidia's Q3 FY25 data center revenue our base case is $28 billion.", '$28 billion', BEFORE).verdicts).toEqual([]);
    expect(flaggedClaim('Our estimate for Nvidia data center revenue in Q3 FY25 is $28 billion.', '$28 billion', BEFORE).verdicts).toEqual([]);
    expect(flaggedClaim('Analysts expect Nvidia data center revenue of $28 billion in Q3 FY25.', '$28 billion', BEFORE).verdicts).toEqual([]);
  });

  it('zh: 我们预计, 分析师预期', () => {
    expect(flaggedClaim('我们预计英伟达2025财年第三季度数据中心收入约280亿美元。', '280亿美元', BEFORE).verdicts).toEqual([]);
    expect(flaggedClaim('分析师预期英伟达2025财年第三季度数据中心收入为280亿美元。', '280亿美元', BEFORE).verdicts).toEqual([]);
  });

  it('near miss: after the period is over, the same figure is judged', () => {
    expect(flaggedClaim("Nvidia's Q3 FY25 data center revenue was $28 billion.", '$28 billion', AFTER).verdicts).toEqual(['contradicted']);
    expect(flaggedClaim('英伟达2025财年第三季度数据中心收入为280亿美元。', '280亿美元', AFTER).verdicts).toEqual(['contradicted']);
  });
});
