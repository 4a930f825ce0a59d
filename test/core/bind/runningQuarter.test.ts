/**
 * A year-less calendar quarter ("第四季度", "the fourth quarter") still running at the document's date
 * is last year's: the running one has no results yet.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { findPeriods } from '../../../server/src/core/bind/index';
import { sanitizeOptions } from '../../../server/src/core/options';
import { bundledFacts } from '../../helpers/facts';

function periods(text: string, documentDate: string): [string, string, string][] {
  return findPeriods(text, { start: 0, end: text.length }, { documentDate }).map((f) => [text.slice(f.start, f.end), f.period.start, f.period.end]);
}

describe('a year-less quarter still running', () => {
  it('is last year’s (Chinese)', () => {
    expect(periods('第四季度营收172.4亿元。', '2025-11-30')).toEqual([['第四季度', '2024-10-01', '2024-12-31']]);
  });

  it('and in English', () => {
    expect(periods('Fourth-quarter revenue was $17.2 billion.', '2025-11-30')).toEqual([['Fourth-quarter', '2024-10-01', '2024-12-31']]);
  });

  it('but a quarter that has ended is this year’s, and a written or earlier-named year wins', () => {
    expect(periods('第三季度营收增长。', '2025-11-30')).toEqual([['第三季度', '2025-07-01', '2025-09-30']]);
    expect(periods('2025年第四季度营收指引为200亿元。', '2025-11-30')).toEqual([['2025年第四季度', '2025-10-01', '2025-12-31']]);
  });
});

describe('what it changes for a fact check', () => {
  it('a slip of scale against last year’s fourth quarter is found', () => {
    const flagged = analyze('腾讯第四季度营收172.4亿元,同比增长11%。', { facts: bundledFacts(), options: sanitizeOptions({ documentDate: '2025-11-30' }) })
      .findings.filter((f) => f.severity === 'warning' || f.severity === 'error')
      .map((f) => `${f.text} ${f.check}`);
    expect(flagged).toEqual(['172.4亿元 fact.wrong-scale']);
  });
});
