/**
 * An em dash between two numbers ("7—9月", "2026—2028年") joins a range and cuts no clause, so the
 * range's period dates the figure of its clause; a clause dash (spaced, doubled, between words) still cuts.
 */
import { describe, expect, it } from 'vitest';
import { dashJoinsRange } from '../../../server/src/core/bind/rangeDash';
import { clauseSpans } from '../../../server/src/core/bind/clauses';
import { periodSpanOf } from './helpers';

const at = (text: string) => text.indexOf('—') >= 0 ? text.indexOf('—') : text.indexOf('―');

describe('a dash joining a range', () => {
  it.each(['7—9月', '2026—2028年', '7月—9月', '一季度到3—5月', '7―9月'])('joins: %s', (text) => {
    expect(dashJoinsRange(text, at(text))).toBe(true);
  });

  it.each(['营收增长——这是关键', 'revenue rose — faster than costs', 'margins—and 30% growth', '第三季度—9月'])('cuts: %s', (text) => {
    expect(dashJoinsRange(text, at(text))).toBe(false);
  });

  it('keeps the range in one clause', () => {
    const text = '公司在7—9月这一季收入增长约5个百分点。';
    expect(clauseSpans(text, { start: 0, end: text.length })).toHaveLength(1);
  });
});

describe('the range dates its clause', () => {
  it('a year-less month range written with an em dash', () => {
    expect(periodSpanOf('管理层称，云业务在7—9月这一季贡献约5个百分点的增长。', '5个百分点', '2024-10-30')).toBe('2024-07-01..2024-09-30');
  });

  it('a range of years', () => {
    expect(periodSpanOf('该公司计划2026—2028年累计投入约300亿美元。', '300亿美元', '2025-10-30')).toBe('2026-01-01..2028-12-31');
  });
});
