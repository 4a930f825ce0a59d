/**
 * 上财季, 本财季, 下个财季 step through the company's fiscal quarters from the draft's date, as 上季度 does
 * (bind/periodPatternsZh.ts); 上一财季 and "the previous quarter" point back at a quarter named before, but
 * a bracketed date right after them that ends the draft-date reading says which quarter is meant
 * (bind/namedAnchor.ts glossedRightAfter). Nvidia's fiscal year ends in late January; its data-center
 * revenue was $14.51B in Q3 FY2024 (Aug-Oct 2023) and $18.4B in Q4 FY2024 (bundled facts).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const MARCH = '2024-03-25';
const Q4_FY24 = { start: '2023-11-01', end: '2024-01-31' };

describe('a relative fiscal quarter counts from the draft date in the company calendar', () => {
  it('上财季 is the fiscal quarter before the draft date', () => {
    const { claim, verdicts } = flaggedClaim('英伟达上财季数据中心收入184亿美元，创下新高。', '184亿美元', MARCH);
    expect(claim?.period?.value).toMatchObject(Q4_FY24);
    expect(verdicts).toEqual([]);
  });

  it('上个财季 with the figure of the quarter before it is another period', () => {
    const { claim, verdicts } = flaggedClaim('英伟达上个财季的数据中心收入为145.1亿美元。', '145.1亿美元', MARCH);
    expect(claim?.period?.value).toMatchObject(Q4_FY24);
    expect(verdicts).toEqual(['wrong-period']);
  });
});

describe('a bracketed end date says which quarter the pointing words mean', () => {
  it('上一财季（截至1月）', () => {
    const { claim, verdicts } = flaggedClaim('英伟达上一财季（截至1月）数据中心收入145.1亿美元，全年则为475亿美元。', '145.1亿美元', MARCH);
    expect(claim?.period?.value).toMatchObject(Q4_FY24);
    expect(verdicts).toEqual(['wrong-period']);
  });

  it('上一财季（截至2024年1月28日）', () => {
    const { claim } = flaggedClaim('英伟达上一财季（截至2024年1月28日）的数据中心收入为184亿美元。', '184亿美元', MARCH);
    expect(claim?.period?.value).toMatchObject(Q4_FY24);
  });

  it('near miss: 上一财季 with nothing named and no gloss stays without a period', () => {
    const { claim, verdicts } = flaggedClaim('英伟达上一财季数据中心收入145.1亿美元。', '145.1亿美元', MARCH);
    expect(claim?.period).toBeUndefined();
    expect(verdicts).toEqual([]);
  });

  it('near miss: a bracketed month that does not end the quarter confirms nothing', () => {
    const { claim, verdicts } = flaggedClaim('英伟达上一财季（截至10月）数据中心收入145.1亿美元。', '145.1亿美元', MARCH);
    expect(claim?.period?.value).not.toMatchObject(Q4_FY24);
    expect(verdicts).toEqual([]);
  });
});

describe('下一季度 after a month in between points back at the quarter named before the month', () => {
  // Microsoft's fiscal year ends in June; AI services' guided contribution to Azure growth was about
  // 1 point for Q4 FY2023 and about 2 points for Q1 FY2024 (bundled facts).
  const MAY = '2025-05-15';
  it('the month the guidance was given is no quarter to step from', () => {
    const zh = '微软在2023年4月对FY2023第四季度AI贡献的指引是约1个百分点，7月给出的下一季度指引约为2个百分点。';
    const { claim, verdicts } = flaggedClaim(zh, '2个百分点', MAY);
    expect(claim?.period?.value).toMatchObject({ start: '2023-07-01', end: '2023-09-30' });
    expect(verdicts).toEqual([]);
  });

  it('near miss: with no quarter named before, 下一季度 still counts from the draft date', () => {
    const { claim } = flaggedClaim('微软7月给出的下一季度指引约为2个百分点。', '2个百分点', MAY);
    expect(claim?.period?.value.start).not.toBe('2023-07-01');
  });
});
