/**
 * "the current fiscal year", "the current fiscal-year plan" (periodPatternsEn.ts): "current" is "this",
 * and the hyphenated compound modifier names the same fiscal year; so a figure of that clause is not
 * dated by another clause's quarter. Chinese writes 本财年, read already.
 */
import { describe, expect, it } from 'vitest';
import { periodsIn, analyzedClaim } from './helpers';

const DATE = '2025-02-20';

describe('the current fiscal year', () => {
  it('is read as a fiscal year, with or without the hyphen', () => {
    expect(periodsIn('the current fiscal-year plan is $80 billion', DATE).map((p) => p[0])).toEqual(['current fiscal-year']);
    expect(periodsIn('capex in the current fiscal year is $80 billion', DATE).map((p) => p[0])).toEqual(['current fiscal year']);
  });

  it("dates its clause's figure in the company's fiscal year, not by the clause before", () => {
    const text = 'A single quarter of Microsoft capex was $8.94 billion in April–June 2023; the current fiscal-year plan is $80 billion.';
    expect(analyzedClaim(text, '$80 billion', DATE)?.period?.value).toMatchObject({ start: '2024-07-01', end: '2025-06-30' });
  });

  it('zh: 本财年 is read as well', () => {
    expect(periodsIn('微软本财年资本开支计划为800亿美元', DATE).length).toBe(1);
  });
});
