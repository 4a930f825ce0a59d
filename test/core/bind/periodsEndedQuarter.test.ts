/**
 * A quarter named by the day it ended ("the quarter ended June 30, 2025", "截至2025年6月30日的季度") is
 * that quarter, not its last day; "the first nine months of 2024" (今年前三季度) is not the whole year.
 * A date that only says "as of" stays a day.
 */
import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../../server/src/core/bind/index';

function periods(text: string, documentDate: string, fiscalYearEnd?: string): [string, string, string][] {
  return findPeriods(text, { start: 0, end: text.length }, { documentDate, fiscalYearEnd }).map((f) => [text.slice(f.start, f.end), f.period.start, f.period.end]);
}

describe('a quarter named by the day it ended', () => {
  it('English, with or without the year', () => {
    expect(periods('Sales for the three months ended March 31, 2024 rose.', '2025-01-01')).toEqual([['the three months ended March 31, 2024', '2024-01-01', '2024-03-31']]);
    expect(periods('In the quarter ending September 30 margins widened.', '2025-01-01')).toEqual([['the quarter ending September 30', '2024-07-01', '2024-09-30']]);
    // A fiscal quarter that ends late in a month is the three months ending with that month.
    expect(periods('the fiscal quarter ended Oct. 27, 2024', '2025-01-01', '01-26')).toEqual([['the fiscal quarter ended Oct. 27, 2024', '2024-08-01', '2024-10-31']]);
  });

  it('Chinese, with 止 or 三个月', () => {
    expect(periods('截至2024年3月31日止的季度营收增长。', '2025-01-01')).toEqual([['截至2024年3月31日止的季度', '2024-01-01', '2024-03-31']]);
    expect(periods('截至9月30日的三个月里利润翻倍。', '2025-01-01')).toEqual([['截至9月30日的三个月', '2024-07-01', '2024-09-30']]);
  });

  it('and the fiscal year ended on a day is that fiscal year', () => {
    // Ended on the day written (session 23): the twelve months to 28 January, not to the month's end.
    expect(periods('截至2024年1月28日的财年', '2025-01-01', '01-26')).toEqual([['截至2024年1月28日的财年', '2023-01-29', '2024-01-28']]);
  });

  it('a balance "as of" a day stays that day', () => {
    expect(periods('As of March 31, 2024, cash stood high.', '2025-01-01')).toEqual([['March 31, 2024', '2024-03-31', '2024-03-31']]);
    expect(periods('截至2024年3月31日,公司现金充裕。', '2025-01-01')).toEqual([['2024年3月31日', '2024-03-31', '2024-03-31']]);
  });
});

describe('the first quarters of a year', () => {
  it('English', () => {
    expect(periods('in the first nine months of 2023', '2025-01-01')).toEqual([['the first nine months of 2023', '2023-01-01', '2023-09-30']]);
    expect(periods('over the first six months of 2023', '2025-01-01')).toEqual([['the first six months of 2023', '2023-01-01', '2023-06-30']]);
  });

  it('Chinese, with a relative year', () => {
    expect(periods('去年前三季度营收', '2025-05-01')).toEqual([['去年前三季度', '2024-01-01', '2024-09-30']]);
  });

  it('a plain year is still the whole year', () => {
    expect(periods('in 2023 as a whole', '2025-01-01')).toEqual([['2023', '2023-01-01', '2023-12-31']]);
  });
});

describe('analysts\' fiscal quarters', () => {
  it('"3QFY25" is the fiscal quarter "Q3 FY25" names', () => {
    const [[, start, end]] = periods('Q3 FY25 revenue', '2025-06-01', '01-26');
    expect(periods('3QFY25 revenue', '2025-06-01', '01-26')).toEqual([['3QFY25', start, end]]);
  });
});

describe('the first quarters of a fiscal year (前三季, 前两个季度)', () => {
  it('Chinese: 本财年前三季 and 2025财年前两个季度 are those quarters, not the whole fiscal year', () => {
    expect(periods('英伟达2025财年前三季营收合计911亿美元。', '2025-03-10', '01-31')).toEqual([['2025财年前三季', '2024-02-01', '2024-10-31']]);
    expect(periods('英伟达2025财年前两个季度营收增长。', '2025-03-10', '01-31')).toEqual([['2025财年前两个季度', '2024-02-01', '2024-07-31']]);
    expect(periods('英伟达本财年前三季度营收合计911亿美元。', '2024-12-10', '01-31')).toEqual([['本财年前三季度', '2024-02-01', '2024-10-31']]);
  });

  it('near miss: the fiscal year alone stays the year', () => {
    expect(periods('英伟达2025财年营收1305亿美元。', '2025-03-10', '01-31')).toEqual([['2025财年', '2024-02-01', '2025-01-31']]);
  });
});
