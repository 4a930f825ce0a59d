/**
 * "the same quarter", 同一季度, 同季 name the quarter named before them; "the same quarter a year
 * earlier", "the year-ago quarter", 一年前同一季度, 上年同季度 name that quarter a year back, in its own
 * calendar (periodSpec 'sameQuarter', quarterBefore.sameQuarter). Never the quarter of the draft's date
 * or of a day named in between (a call's date), and 同一季度 is never 一季度 (Q1). Bundled facts: Baidu's
 * revenue ¥34.951B in Q4 2023; Nvidia's data-center revenue $18.4B in Q4 FY2024 (Nov 2023-Jan 2024),
 * $14.51B in Q3 FY2024 and $35.6B in Q4 FY2025.
 */
import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../../server/src/core/bind/index';
import { flaggedClaim } from './flaggedClaim';

const Q4_2023 = { start: '2023-10-01', end: '2023-12-31' };
const Q4_FY24 = { start: '2023-11-01', end: '2024-01-31' };

function periods(text: string): [string, string | undefined][] {
  return findPeriods(text, { start: 0, end: text.length }, { documentDate: '2025-01-20' }).map((f) => [text.slice(f.start, f.end), f.period.label]);
}

describe('the same quarter is the quarter just named', () => {
  it('同一季度 in the next sentence, after a call dated in the following quarter (zh)', () => {
    const text = '在2024年2月28日的电话会上，管理层谈到了百度第四季度的云业务。同一季度百度总营收为349.51亿元。';
    const { claim, verdicts } = flaggedClaim(text, '349.51亿元', '2025-01-20');
    expect(claim?.period?.value).toMatchObject(Q4_2023);
    expect(verdicts).toEqual([]);
  });

  it('"In the same quarter" in the next sentence (en)', () => {
    const text = "On its February 28, 2024 call, management talked about Baidu's cloud in the fourth quarter of 2023. In the same quarter, Baidu's total revenue was RMB 34.951 billion.";
    const { claim, verdicts } = flaggedClaim(text, 'RMB 34.951 billion', '2025-01-20');
    expect(claim?.period?.value).toMatchObject(Q4_2023);
    expect(verdicts).toEqual([]);
  });

  it('同一季度 in its own sentence, a day named between them', () => {
    const text = '百度2023年第四季度（财报于2024年2月28日发布）的云收入增长，同一季度总营收为349.51亿元。';
    const { claim, verdicts } = flaggedClaim(text, '349.51亿元', '2025-01-20');
    expect(claim?.period?.value).toMatchObject(Q4_2023);
    expect(verdicts).toEqual([]);
  });

  it('同一季度 alone is no first quarter, and a year before it is that year', () => {
    expect(periods('同一季度营收为10亿元。')).toEqual([]);
    expect(periods('2022年同一季度营收为10亿元。')).toEqual([['2022年', '2022']]);
    expect(periods('2023年第四季度营收100亿元，同一季度利润10亿元。').map(([, label]) => label)).toEqual(['Q4 2023', 'Q4 2023']);
  });
});

describe('the same quarter a year earlier counts a year back from the quarter just named', () => {
  it('一年前同一季度 in Nvidia\'s fiscal calendar (zh)', () => {
    const text = '英伟达2025财年第四季度（截至2025年1月26日）数据中心收入356亿美元，约为一年前同一季度（184亿美元）的近两倍。';
    const { claim, verdicts } = flaggedClaim(text, '184亿美元', '2025-03-10');
    expect(claim?.period?.value).toMatchObject(Q4_FY24);
    expect(verdicts).toEqual([]);
  });

  it('"the same quarter a year earlier" (en)', () => {
    const text = "In Nvidia's fourth quarter of fiscal 2025, data-center revenue was $35.6 billion, nearly double the same quarter a year earlier, when Nvidia's data-center revenue was $18.4 billion.";
    const { claim, verdicts } = flaggedClaim(text, '$18.4 billion', '2025-03-10');
    expect(claim?.period?.value).toMatchObject(Q4_FY24);
    expect(verdicts).toEqual([]);
  });

  it('several such phrases all count from the quarter written, not from each other', () => {
    expect(periods('2023年第四季度营收100亿元，一年前同一季度为80亿元，去年同季度为80亿元。').map(([, label]) => label)).toEqual(['Q4 2023', 'Q4 2022', 'Q4 2022']);
    expect(periods('In the fourth quarter of 2023 revenue was $10 billion, against $8 billion in the year-ago quarter.').map(([, label]) => label)).toEqual(['Q4 2023', 'Q4 2022']);
  });

  it('near miss: another quarter\'s figure there is still the wrong period', () => {
    const text = '英伟达2025财年第四季度数据中心收入356亿美元，一年前同一季度数据中心收入为145.1亿美元。';
    expect(flaggedClaim(text, '145.1亿美元', '2025-03-10').verdicts).toEqual(['wrong-period']);
  });
});
