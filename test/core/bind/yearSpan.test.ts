/**
 * A run of whole years ("2025–2027", "from 2025 through 2027", 2025至2027年, "the three years to 2027") is
 * one span: a figure over it is the span's, never its last year's (periodPatternsEn.wholeYears). Bundled
 * facts: OpenAI's projected cash burn is filed per year (2027: $35B), never for the three years together.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim, periodsIn } from './helpers';

const DATE = '2025-12-01';

describe('a run of years reads as the whole span', () => {
  it('English: a dash, "from … through", "between … and", "the N years to"', () => {
    expect(periodsIn('Spending for 2024–2026 is planned.', DATE)).toEqual([['2024–2026', '2024-01-01', '2026-12-31']]);
    expect(periodsIn('It plans to spend from 2024 through 2026.', DATE)).toEqual([['from 2024 through 2026', '2024-01-01', '2026-12-31']]);
    expect(periodsIn('It will spend it between 2024 and 2026.', DATE)).toEqual([['between 2024 and 2026', '2024-01-01', '2026-12-31']]);
    expect(periodsIn('It will spend it over the three years to 2026.', DATE)).toEqual([['the three years to 2026', '2024-01-01', '2026-12-31']]);
  });

  it('Chinese: 至, 到, a dash, with or without 年 on each end', () => {
    expect(periodsIn('2024至2026三年合计投入', DATE)).toEqual([['2024至2026', '2024-01-01', '2026-12-31']]);
    expect(periodsIn('2024年到2026年合计投入', DATE)).toEqual([['2024年到2026年', '2024-01-01', '2026-12-31']]);
    expect(periodsIn('2024-2026年合计投入', DATE)).toEqual([['2024-2026年', '2024-01-01', '2026-12-31']]);
  });

  it('two coordinated years, a fiscal pair or a range ending in a month are no run of years', () => {
    expect(periodsIn('in 2024 and 2025', DATE).map((p) => p[0])).toEqual(['2024', '2025']);
    expect(periodsIn('2024年至2026年3月', DATE).map((p) => p[0])).not.toContain('2024年至2026年');
    expect(periodsIn('2024至2026年第一季度', DATE).map((p) => p[0])).toContain('2026年第一季度');
  });
});

describe('a figure over a run of years is never judged against its last year', () => {
  it('Chinese', () => {
    const text = 'OpenAI预计2024年烧钱50亿美元，2025年80亿美元，2027年350亿美元。仅2025至2027三年就要烧掉约600亿美元。';
    const claim = analyzedClaim(text, '600亿美元', DATE);
    expect(claim?.period?.value).toMatchObject({ start: '2025-01-01', end: '2027-12-31' });
    expect(claim?.verdict).not.toBe('contradicted');
    expect(claim?.verdict).not.toBe('wrong-period');
  });

  it('English', () => {
    const text = 'OpenAI expects to burn $8 billion in 2025 and $35 billion in 2027. From 2025 through 2027 it will burn about $60 billion.';
    const claim = analyzedClaim(text, '$60 billion', DATE);
    expect(claim?.period?.value).toMatchObject({ start: '2025-01-01', end: '2027-12-31' });
    expect(claim?.verdict).not.toBe('contradicted');
    expect(claim?.verdict).not.toBe('wrong-period');
  });
});
