/**
 * A target "by the end of that year" (到当年年底, 同年年底, "by year-end" after a goal) set in a month is
 * dated at the end of the year the sentence names, not at the month it was set (periodPatternsZh.ts,
 * periodPatternsEn.ts). Bundled facts: Meta targeted 350,000 H100s by the end of 2024 (said January 2024),
 * and about 600,000 H100-equivalents of compute.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

describe('a target by the end of that year is dated at that year-end', () => {
  itIsSilent(
    [
      ['扎克伯格在2024年1月给出的目标是：到当年年底拥有35万块H100。', '35万块H100'],
      ['扎克伯格2024年1月定下的目标：同年年底前拥有35万块H100。', '35万块H100'],
      ["Zuckerberg's goal, set in January 2024, was to own 350,000 H100s by year-end.", '350,000 H100s'],
      ['In January 2024 Zuckerberg set a target of 350,000 H100s by the end of that year.', '350,000 H100s'],
    ],
    '2025-11-20',
  );
  it('near miss: a target dated at another year-end is still a wrong period', () => {
    expect(flaggedClaim('扎克伯格在2024年1月给出的目标是：到2025年年底拥有35万块H100。', '35万块H100', '2025-11-20').verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim('In January 2024 Zuckerberg set a target of 350,000 H100s by the end of 2025.', '350,000 H100s', '2025-11-20').verdicts).toEqual(['wrong-period']);
  });
  it('near miss: another figure for that year-end is still flagged', () => {
    expect(flaggedClaim('扎克伯格在2024年1月给出的目标是：到当年年底拥有60万块H100。', '60万块H100', '2025-11-20').verdicts).toEqual(['wrong-metric']);
  });
});
