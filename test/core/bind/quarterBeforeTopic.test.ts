/**
 * "The previous quarter", 上一季度 said after a paragraph that reported a quarter and worked out its
 * year-back baseline counts from the reported quarter, not from the baseline (bind/namedAnchor.ts across
 * sentences, bind/periods.ts within one; quarterBefore.ts countsBack). A bracketed closing day right after
 * the words ("上一季度（截至6月30日）") names the quarter itself and wins (namedAnchor.ts toldQuarter).
 * Nvidia's data-center revenue was $14.51B in Q3 FY2024 (Aug-Oct 2023) and $18.4B in Q4 FY2024
 * (bundled facts); its fiscal year ends in late January.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const LATER = '2024-09-02';
const Q3_FY24 = { start: '2023-08-01', end: '2023-10-31' };

describe('the quarter before counts from the reported quarter, not its year-back baseline', () => {
  it('上一季度 after 上年同期 in the sentence before (zh)', () => {
    const text = '英伟达2024财年第四季度数据中心收入184亿美元，按增速倒推上年同期约为36亿美元。上一季度数据中心收入为145.1亿美元，环比继续提速。';
    const { claim, verdicts } = flaggedClaim(text, '145.1亿美元', LATER);
    expect(claim?.period?.value).toMatchObject(Q3_FY24);
    expect(verdicts).toEqual([]);
  });

  it('"the previous quarter" after "a year earlier" in the sentence before (en)', () => {
    const text = "Nvidia's data-center revenue reached $18.4 billion in the fourth quarter of fiscal 2024, against about $3.6 billion a year earlier. In the previous quarter its data-center revenue was $14.51 billion.";
    const { claim, verdicts } = flaggedClaim(text, '$14.51 billion', LATER);
    expect(claim?.period?.value).toMatchObject(Q3_FY24);
    expect(verdicts).toEqual([]);
  });

  it('上一季度 after 上年同期 in the same sentence (zh)', () => {
    const text = '英伟达2024财年第四季度数据中心收入184亿美元，上年同期约为36亿美元，上一季度为145.1亿美元。';
    const { claim, verdicts } = flaggedClaim(text, '145.1亿美元', LATER);
    expect(claim?.period?.value).toMatchObject(Q3_FY24);
    expect(verdicts).toEqual([]);
  });

  it('near miss: a figure of another quarter under it is still the wrong period', () => {
    const text = '英伟达2024财年第四季度数据中心收入184亿美元，按增速倒推上年同期约为36亿美元。上一季度数据中心收入为184.0亿美元。';
    const { claim, verdicts } = flaggedClaim(text, '184.0亿美元', LATER);
    expect(claim?.period?.value).toMatchObject(Q3_FY24);
    expect(verdicts).toEqual(['wrong-period']);
  });
});

describe('the quarter a bracketed closing day names wins over a step from the quarter named last', () => {
  // The paragraph names last the quarter it compares with (Q4 FY2023); the bracket says which quarter is meant.
  const lead = '英伟达2024财年第四季度数据中心收入184亿美元，远高于2023财年第四季度的36.2亿美元。';

  it('上一季度（截至…） with and without the year written (zh)', () => {
    for (const day of ['2023年10月29日', '10月29日']) {
      const { claim, verdicts } = flaggedClaim(`${lead}上一季度（截至${day}）数据中心收入为145.1亿美元。`, '145.1亿美元', LATER);
      expect(claim?.period?.value).toMatchObject(Q3_FY24);
      expect(verdicts).toEqual([]);
    }
  });

  it('"the previous quarter (ended …)" (en)', () => {
    const text = "Nvidia's data-center revenue reached $18.4 billion in the fourth quarter of fiscal 2024, well above $3.62 billion in the fourth quarter of fiscal 2023. The previous quarter (ended October 29, 2023) brought Nvidia data-center revenue of $14.51 billion.";
    const { claim, verdicts } = flaggedClaim(text, '$14.51 billion', LATER);
    expect(claim?.period?.value).toMatchObject(Q3_FY24);
    expect(verdicts).toEqual([]);
  });

  it('near miss: another quarter\'s figure under the told quarter is still the wrong period', () => {
    const { claim, verdicts } = flaggedClaim(`${lead}上一季度（截至2023年10月29日）数据中心收入为184.0亿美元。`, '184.0亿美元', LATER);
    expect(claim?.period?.value).toMatchObject(Q3_FY24);
    expect(verdicts).toEqual(['wrong-period']);
  });
});

