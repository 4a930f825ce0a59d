/**
 * A figure for part of a period is judged as that part: a nine-month figure is never contradicted by
 * the full year's fact (only a value that is exactly the full year's is a wrong period), and a reading
 * dated at the end of a month ("截至2月底", "at the end of February") or over one day inside a month
 * is that month's, not another period. Bundled facts: Baidu's 2023 revenue (¥134.6B) and DeepSeek's
 * 24-hour inference figures of 27–28 February 2025 (545% cost profit margin, $562,027 a day).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

describe('the first months of a year are not the full year', () => {
  it('a nine-month figure is not contradicted by the full-year fact (Chinese and English)', () => {
    expect(draftFindings('百度2023年前三季度营收为1000亿元。', '2024-06-01')).toEqual([]);
    expect(draftFindings("Baidu's revenue was RMB 100 billion in the first nine months of 2023.", '2024-06-01')).toEqual([]);
  });

  it('near miss: the same figure for the full year is contradicted', () => {
    expect(draftFindings('百度2023年营收为1000亿元。', '2024-06-01')).toEqual(['1000亿元 fact.value-mismatch error']);
    expect(draftFindings("Baidu's revenue was RMB 100 billion in 2023.", '2024-06-01')).toEqual(['RMB 100 billion fact.value-mismatch error']);
  });

  it('near miss: the full year\'s exact figure given for nine months is a wrong period', () => {
    expect(draftFindings("Baidu's revenue was RMB 134.6 billion in the first nine months of 2023.", '2024-06-01')).toEqual([
      'RMB 134.6 billion fact.wrong-period warning',
    ]);
  });
});

describe('a reading inside a month is that month\'s', () => {
  it('"2月底" and "the end of February" hold a fact dated 27–28 February', () => {
    expect(draftFindings('截至2月底,DeepSeek的成本利润率达到545%。', '2025-03-10')).toEqual([]);
    expect(draftFindings("At the end of February, DeepSeek's cost profit margin was 545%.", '2025-03-10')).toEqual([]);
  });

  it('a one-day figure inside the month a claim names supports it', () => {
    expect(draftFindings("In February 2025, DeepSeek's theoretical daily revenue was $562,027.", '2025-03-10')).toEqual([]);
  });

  it('but does not contradict another figure for the whole month (it is one day of it)', () => {
    expect(draftFindings("In February 2025, DeepSeek's theoretical daily revenue was $462,027.", '2025-03-10')).toEqual([]);
  });

  it('near misses: early in the month is another period, and late in the month with another value is contradicted', () => {
    expect(draftFindings('2025年2月上旬,DeepSeek的成本利润率为545%。', '2025-03-10')).toEqual(['545% fact.wrong-period warning']);
    expect(draftFindings("In late February 2025, DeepSeek's theoretical daily revenue was $462,027.", '2025-03-10')).toEqual([
      '$462,027 fact.value-mismatch error',
    ]);
  });
});
