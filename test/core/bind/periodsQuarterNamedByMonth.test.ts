/**
 * English writers name a quarter by its last calendar month in several orders: "the December quarter",
 * "the September 2023 quarter", "December quarter 2023", "the quarter to March 2025", "the three months
 * to 30 June 2024". Each is the three months ending that month, never the month or the whole year; the
 * Chinese 12月季度 and 截至6月的季度 read the same way.
 */
import { describe, expect, it } from 'vitest';
import { periodsIn as periods } from './helpers';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2025-10-15';

describe('a quarter named by its last month, with the year after "quarter"', () => {
  it('"June quarter 2024", "December-quarter 2023", "the September quarter, 2023"', () => {
    expect(periods('June quarter 2024: 8 points', DATE)).toEqual([['June quarter 2024', '2024-04-01', '2024-06-30']]);
    expect(periods('December-quarter 2023 revenue rose', DATE)).toEqual([['December-quarter 2023', '2023-10-01', '2023-12-31']]);
    expect(periods('Revenue for the September quarter, 2023, was flat', DATE)).toEqual([['the September quarter, 2023', '2023-07-01', '2023-09-30']]);
  });

  it('day first, as British writers date it', () => {
    expect(periods('in the three months to 30 June 2024', DATE)).toEqual([['the three months to 30 June 2024', '2024-04-01', '2024-06-30']]);
    expect(periods('for the quarter ended 31 December 2023', DATE)).toEqual([['the quarter ended 31 December 2023', '2023-10-01', '2023-12-31']]);
  });

  it('agrees with the forms read before and with the Chinese ones', () => {
    const quarter = ['2023-10-01', '2023-12-31'];
    for (const text of ['the December quarter of 2023', 'the December 2023 quarter', 'December quarter 2023', 'the quarter to December 2023', '2023年12月季度', '截至2023年12月的季度']) {
      expect(periods(text, DATE).map((p) => p.slice(1)), text).toEqual([quarter]);
    }
    expect(periods('the December quarter', DATE)[0].slice(1)).toEqual(periods('12月季度', DATE)[0].slice(1));
  });

  it('near misses: a year in the next table cell, a date that is only a day, a month before "quarterly"', () => {
    // "| June quarter | 2024 |" masks to several spaces: two cells, not one name.
    expect(periods('June quarter   2024', DATE)).toEqual([
      ['June quarter', '2025-04-01', '2025-06-30'],
      ['2024', '2024-01-01', '2024-12-31'],
    ]);
    expect(periods('On 30 June 2024 the shares fell', DATE)).toEqual([['30 June 2024', '2024-06-30', '2024-06-30']]);
    expect(periods('the June 2024 quarterly report', DATE)).toEqual([['June 2024', '2024-06-01', '2024-06-30']]);
  });
});

describe('the figure of that quarter is the quarter\'s', () => {
  itIsSilent([['Azure AI services, quarter by quarter. June quarter 2024: 8 points of Azure\'s 29% growth.', '8 points']], DATE);

  it('still flags the figure of another quarter', () => {
    expect(flaggedClaim('Azure AI services, quarter by quarter. December quarter 2023: 8 points of Azure\'s growth.', '8 points', DATE).verdicts).toEqual(['wrong-period']);
  });
});

describe('截至 a day, then a quarter written without 第', () => {
  it('"截至10月29日的三季度" is the three months that end that October, not calendar Q3', () => {
    expect(periods('截至2023年10月29日的三季度营收', DATE)).toEqual([['截至2023年10月29日的三季度', '2023-08-01', '2023-10-31']]);
    expect(periods('截至2023年10月29日的第三季度营收', DATE)).toEqual([['截至2023年10月29日的第三季度', '2023-08-01', '2023-10-31']]);
  });

  it('keeps "截至6月30日的三个月" a quarter', () => {
    expect(periods('截至2024年6月30日的三个月', DATE)).toEqual([['截至2024年6月30日的三个月', '2024-04-01', '2024-06-30']]);
  });
});

describe('截至 a month, then a count of quarters', () => {
  it('"截至2025年9月的四个季度" is twelve months, not one quarter', () => {
    expect(periods('截至2025年9月的四个季度', DATE)[0].slice(1)).toEqual(['2024-10-01', '2025-09-30']);
  });
});

describe('a year-less quarter with its closing day written has ended by the day after', () => {
  // Nvidia's first fiscal quarter ends on 27 April: a memo of 28 April means the one just ended, not the year before's.
  const DAY_AFTER = '2025-04-28';
  it('"the quarter ending 27 April", "the quarter ended April 27" on 28 April are this year\'s', () => {
    expect(periods('a charge for the quarter ending 27 April', DAY_AFTER)).toEqual([['the quarter ending 27 April', '2025-02-01', '2025-04-30']]);
    expect(periods('a charge for the quarter ended April 27', DAY_AFTER)).toEqual([['the quarter ended April 27', '2025-02-01', '2025-04-30']]);
    expect(periods('截至4月27日的季度计提费用', DAY_AFTER)).toEqual([['截至4月27日的季度', '2025-02-01', '2025-04-30']]);
  });

  it('a closing day still to come, or the month alone, is the year before\'s as before', () => {
    expect(periods('a charge for the quarter ending 29 April', DAY_AFTER)).toEqual([['the quarter ending 29 April', '2024-02-01', '2024-04-30']]);
    expect(periods('a charge for the quarter ending in April', DAY_AFTER)).toEqual([['the quarter ending in April', '2024-02-01', '2024-04-30']]);
    expect(periods('截至4月29日的季度计提费用', DAY_AFTER)).toEqual([['截至4月29日的季度', '2024-02-01', '2024-04-30']]);
  });
});
