/**
 * A rate measured against the quarter before (环比, "sequentially", "quarter over quarter", QoQ) is not the
 * year-over-year growth the base files: its measure is left unbound, so it is never checked against a
 * year-on-year fact (bind/sequentialRate.ts). Bundled facts: Alibaba's cloud revenue grew 34% year over
 * year in the September 2025 quarter, 26% in the June quarter.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../helpers/draftFindings';
import { analyzedClaim } from './helpers';
import { isSequentialRate } from '../../../server/src/core/bind/sequentialRate';

const DATE = '2025-12-01';

describe('a sequential rate is not year-over-year growth', () => {
  it('Chinese: 环比 before the rate, with a verb and a hedge between', () => {
    for (const [text, figure] of [
      ['阿里巴巴9月季度云收入同比增长34%，环比增长约12%。', '12%'],
      ['阿里巴巴9月季度云收入同比增长34%，较上一季度增长12%。', '12%'],
      ['阿里巴巴9月季度云收入同比增长34%，较6月季度的334亿元环比增长近12%。', '12%'],
      ['阿里巴巴9月季度云收入同比增长34%（环比+12%）。', '12%'],
    ]) {
      expect(analyzedClaim(text, figure, DATE)?.metric, text).toBeUndefined();
      expect(draftFindings(text, DATE).filter((f) => f.startsWith(`${figure} `)), text).toEqual([]);
    }
  });
  it('English: "sequentially", "quarter over quarter", QoQ, a sequential gain', () => {
    for (const [text, figure] of [
      ['In the September 2025 quarter Alibaba Cloud revenue rose 12% sequentially and 30% from a year earlier.', '12%'],
      ['In the September 2025 quarter Alibaba Cloud revenue rose 12% quarter over quarter.', '12%'],
      ['In the September 2025 quarter Alibaba Cloud revenue rose 12% QoQ.', '12%'],
      ['In the September 2025 quarter Alibaba Cloud revenue posted sequential growth of about 12%.', '12%'],
      ['In the September 2025 quarter Alibaba Cloud revenue rose 12% from the previous quarter.', '12%'],
    ]) {
      expect(analyzedClaim(text, figure, DATE)?.metric, text).toBeUndefined();
      expect(draftFindings(text, DATE).filter((f) => f.startsWith(`${figure} `)), text).toEqual([]);
    }
  });
  it('near misses: the year-over-year rate beside a sequential one is still checked', () => {
    const zh = '阿里巴巴9月季度云收入同比增长30%，环比增长约12%。';
    expect(analyzedClaim(zh, '30%', DATE)?.metric?.value).toBe('revenue.growth');
    expect(draftFindings(zh, DATE)).toContainEqual(expect.stringMatching(/^30% fact.value-mismatch/));
    const en = 'In the September 2025 quarter Alibaba Cloud revenue rose 30% from a year earlier and 12% sequentially.';
    expect(analyzedClaim(en, '30%', DATE)?.metric?.value).toBe('revenue.growth');
    expect(draftFindings(en, DATE)).toContainEqual(expect.stringMatching(/^30% fact.value-mismatch/));
  });
  it('reads only the words at the figure', () => {
    const text = 'Revenue rose 12% sequentially, and 30% from a year ago.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, kind: 'percent' }) as never;
    expect(isSequentialRate(text, at('12%'))).toBe(true);
    expect(isSequentialRate(text, at('30%'))).toBe(false);
    const zh = '收入较上年增长30%，较上季度增长12%。';
    const atZh = (s: string) => ({ start: zh.indexOf(s), end: zh.indexOf(s) + s.length, kind: 'percent' }) as never;
    expect(isSequentialRate(zh, atZh('30%'))).toBe(false);
    expect(isSequentialRate(zh, atZh('12%'))).toBe(true);
  });
});
