/**
 * Period expressions named by the month they end in: the year or quarter ending with that month, not the
 * month itself; and near-misses that remain a month.
 */
import { describe, expect, it } from 'vitest';
import { scanPeriods } from '../../../server/src/core/bind/periods';

function read(text: string, documentDate: string, fiscalYearEnd?: string) {
  return scanPeriods(text, { start: 0, end: text.length }, { documentDate, fiscalYearEnd }).map((m) => [
    text.slice(m.start, m.end).replace(/\.$/, ''),
    m.period?.start,
    m.period?.end,
  ]);
}

describe('the year to a month', () => {
  it('is the twelve months ending with it, the latest such month when no year is written', () => {
    expect(read('Revenue in the year to January was $130.5B.', '2025-06-10')).toEqual([['the year to January', '2024-02-01', '2025-01-31']]);
    expect(read('Revenue in the twelve months to January was up.', '2025-06-10')).toEqual([['the twelve months to January', '2024-02-01', '2025-01-31']]);
    expect(read('Revenue in the fiscal year to January was up.', '2025-01-20')).toEqual([['the fiscal year to January', '2024-02-01', '2025-01-31']]);
    expect(read('Revenue in the year to January 2024 was up.', '2025-06-10')).toEqual([['the year to January 2024', '2023-02-01', '2024-01-31']]);
    expect(read('Revenue in the year ending in December 2024 was up.', '2025-06-10')).toEqual([['the year ending in December 2024', '2024-01-01', '2024-12-31']]);
  });

  it('and in Chinese, with a relative year or none', () => {
    expect(read('截至今年1月的财年营收为1305亿美元。', '2025-06-10')).toEqual([['截至今年1月的财年', '2024-02-01', '2025-01-31']]);
    expect(read('截至1月的12个月营收为1305亿美元。', '2025-06-10')).toEqual([['截至1月的12个月', '2024-02-01', '2025-01-31']]);
    expect(read('截至2024年1月的财年营收为609亿美元。', '2025-06-10')).toEqual([['截至2024年1月的财年', '2023-02-01', '2024-01-31']]);
  });

  it('while a plain month stays a month', () => {
    expect(read('Revenue in January was $10B.', '2025-06-10')).toEqual([['January', '2025-01-01', '2025-01-31']]);
    expect(read('It has been a long year. To January, nothing.', '2025-06-10')).toEqual([['January', '2025-01-01', '2025-01-31']]);
  });
});

describe('the quarter ending in a month', () => {
  it('is the three months ending with it (English)', () => {
    expect(read('Revenue in the quarter ending in April was $44B.', '2025-06-10')).toEqual([['the quarter ending in April', '2025-02-01', '2025-04-30']]);
    expect(read('Revenue in the quarter ended in April 2024 was $26B.', '2025-06-10')).toEqual([['the quarter ended in April 2024', '2024-02-01', '2024-04-30']]);
    expect(read('Revenue in the quarter that ended in April was $44B.', '2025-06-10')).toEqual([['the quarter that ended in April', '2025-02-01', '2025-04-30']]);
    expect(read('Revenue in the year that ended in January was $130.5B.', '2025-06-10')).toEqual([['the year that ended in January', '2024-02-01', '2025-01-31']]);
  });

  it('and in Chinese, with a relative year', () => {
    expect(read('今年6月季度营收为100亿美元。', '2025-09-10')).toEqual([['今年6月季度', '2025-04-01', '2025-06-30']]);
    expect(read('去年12月季度营收为100亿美元。', '2025-09-10')).toEqual([['去年12月季度', '2024-10-01', '2024-12-31']]);
    expect(read('截至今年6月的季度营收为100亿美元。', '2025-09-10')).toEqual([['截至今年6月的季度', '2025-04-01', '2025-06-30']]);
    expect(read('9月份季度营收为100亿美元。', '2025-11-10')).toEqual([['9月份季度', '2025-07-01', '2025-09-30']]);
  });

  it('while a month with a relative year and no 季度 stays a month', () => {
    expect(read('今年6月营收为100亿美元。', '2025-09-10')).toEqual([['今年6月', '2025-06-01', '2025-06-30']]);
    expect(read('Revenue in April was $10B.', '2025-06-10')).toEqual([['April', '2025-04-01', '2025-04-30']]);
  });
});

describe('"last <month>"', () => {
  it('said after that month this year may be either year: the other reading is kept', () => {
    const [m] = scanPeriods('It had 500 million users last September.', { start: 0, end: 40 }, { documentDate: '2025-11-20' });
    expect([m.period?.start, m.alternative?.start]).toEqual(['2025-09-01', '2024-09-01']);
  });

  it('said before that month this year can only be last year\'s', () => {
    const [m] = scanPeriods('It had 500 million users last September.', { start: 0, end: 40 }, { documentDate: '2025-06-20' });
    expect([m.period?.start, m.alternative]).toEqual(['2024-09-01', undefined]);
  });
});
