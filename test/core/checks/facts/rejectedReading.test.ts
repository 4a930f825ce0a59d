/**
 * A computation the text poses and then rejects ("… would be X: that is the wrong base", "如果按…算…，但这个
 * 基数是错的") states nothing: no verdict on its figures rises above information (checks/facts/rejectedReading.ts).
 * Bundled facts: NVIDIA data center revenue of $30.8B in Q3 FY2025.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from '../../bind/flaggedClaim';

const DATE = '2024-12-15';

describe('a reading the text rejects is not judged', () => {
  it('en: "would be …: that is the wrong base"', () => {
    const text = "Adding the two segments, Nvidia's Q3 FY25 data center revenue would be $28 billion, but that is the wrong base.";
    expect(flaggedClaim(text, '$28 billion', DATE).verdicts).toEqual([]);
  });

  it('zh: 如果…，但这个基数是错的', () => {
    const text = '如果只加这两项，英伟达2025财年第三季度数据中心收入会是280亿美元，但这个基数是错的。';
    expect(flaggedClaim(text, '280亿美元', DATE).verdicts).toEqual([]);
  });

  it('en: an operation spelled out ("Multiplying … gives …") and disowned ("so we do not use it"); kept, it is judged', () => {
    const posed = "Multiplying the segment's share by total sales gives Nvidia's Q3 FY25 data center revenue of $28 billion";
    expect(flaggedClaim(`${posed}, but the two shares have different bases, so we do not use it.`, '$28 billion', DATE).verdicts).toEqual([]);
    expect(flaggedClaim(`${posed}.`, '$28 billion', DATE).verdicts).toEqual(['contradicted']);
  });

  it('near miss: a computation posed but not rejected is judged', () => {
    expect(flaggedClaim("Nvidia's Q3 FY25 data center revenue was $28 billion, which would be a record.", '$28 billion', DATE).verdicts).toEqual(['contradicted']);
  });
});
