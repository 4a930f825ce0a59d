/**
 * A year named by the month it ends ("the fiscal year to March 2023", "截至2023年3月的财年") is the
 * twelve months ending with that month, not the month itself.
 */
import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../../server/src/core/bind/index';

function periods(text: string): [string, string, string][] {
  return findPeriods(text, { start: 0, end: text.length }, { documentDate: '2025-06-01' }).map((f) => [text.slice(f.start, f.end), f.period.start, f.period.end]);
}

describe('a year named by the month it ends', () => {
  it('English: "to", "ended", "ending", with or without a day', () => {
    expect(periods('Sales reached $3 billion in the fiscal year to March 2023.')).toEqual([['the fiscal year to March 2023', '2022-04-01', '2023-03-31']]);
    expect(periods('the financial year ended June 30, 2024')).toEqual([['the financial year ended June 30, 2024', '2023-07-01', '2024-06-30']]);
    expect(periods('in the 12 months ending September 2022')).toEqual([['the 12 months ending September 2022', '2021-10-01', '2022-09-30']]);
  });

  it('Chinese: 截至…的财年, …结束的财年', () => {
    expect(periods('截至2023年3月的财年营收为30亿美元。')).toEqual([['截至2023年3月的财年', '2022-04-01', '2023-03-31']]);
    expect(periods('2024年6月底结束的财年')).toEqual([['2024年6月底结束的财年', '2023-07-01', '2024-06-30']]);
  });

  it('a month without a year word around it stays that month', () => {
    expect(periods('Sales reached $3 billion in March 2023.')).toEqual([['March 2023', '2023-03-01', '2023-03-31']]);
    expect(periods('截至2023年3月,累计营收为30亿美元。')).toEqual([['2023年3月', '2023-03-01', '2023-03-31']]);
  });
});

describe('four quarters named by the month they end', () => {
  it('English: "the four quarters to September 2025"', () => {
    expect(periods('Capex was $120 billion in the four quarters to September 2025.')).toEqual([['the four quarters to September 2025', '2024-10-01', '2025-09-30']]);
  });

  it('English: TTM and LTM to a month are the twelve months ending with it', () => {
    expect(periods('Capex was $9 billion TTM to March 2024.')).toEqual([['TTM to March 2024', '2023-04-01', '2024-03-31']]);
    expect(periods('LTM ended June 2024 sales reached $2 billion.')).toEqual([['LTM ended June 2024', '2023-07-01', '2024-06-30']]);
  });

  it('Chinese: 截至…的(过去)四个季度', () => {
    expect(periods('截至2025年9月的四个季度')).toEqual([['截至2025年9月的四个季度', '2024-10-01', '2025-09-30']]);
    expect(periods('截至2025年6月的过去四个季度')).toEqual([['截至2025年6月的过去四个季度', '2024-07-01', '2025-06-30']]);
  });

  it('Chinese, without 的: a rolling or latest count of four quarters or twelve months', () => {
    expect(periods('截至2024年6月滚动四季度')).toEqual([['截至2024年6月滚动四季度', '2023-07-01', '2024-06-30']]);
    expect(periods('截至2024年3月四季度滚动')).toEqual([['截至2024年3月四季度滚动', '2023-04-01', '2024-03-31']]);
    expect(periods('截至2024年12月近四个季度')).toEqual([['截至2024年12月近四个季度', '2024-01-01', '2024-12-31']]);
    expect(periods('截至2024年6月过去12个月')).toEqual([['截至2024年6月过去12个月', '2023-07-01', '2024-06-30']]);
  });

  it('a bare 四季度 after a cut-off month is still the fourth quarter', () => {
    expect(periods('截至2024年12月，四季度营收为30亿美元。').map((r) => r[0])).not.toContain('截至2024年12月，四季度');
    expect(periods('截至2024年12月四季度营收为30亿美元。')).not.toContainEqual(['截至2024年12月四季度', '2024-01-01', '2024-12-31']);
  });

  it('a quarter named by its month stays one quarter', () => {
    expect(periods('截至2025年9月的季度')).not.toEqual([['截至2025年9月的季度', '2024-10-01', '2025-09-30']]);
  });
});
