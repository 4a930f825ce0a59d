/**
 * 上年同期 / "the same period a year earlier" after a bare part of a year whose year the paragraph told:
 * the told period a year back, not the document's year's (sameSpanTold.ts).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers/flagged';
import { periodLabel } from '../../helpers/claimPeriod';

const DATE = '2026-01-05';

describe('the same period a year earlier, after a part of a year told before', () => {
  it('is the told half a year back (Chinese)', () => {
    const text = '寒武纪2025年上半年收入28.81亿元，同比增长4347.82%。上半年净利润10.38亿元，而上年同期亏损5.30亿元。';
    expect(periodLabel(text, DATE, '10.38亿元')).toBe('H1 2025');
    expect(periodLabel(text, DATE, '5.30亿元')).toBe('H1 2025, a year earlier');
    expect(flagged(text, DATE)).toEqual([]);
  });

  it('is the told half a year back (English)', () => {
    const text = "Cambricon's revenue in the first half of 2025 was 2.881 billion yuan. First-half net income was 1.038 billion yuan, against a loss of 530 million yuan in the same period a year earlier.";
    expect(periodLabel(text, DATE, '530 million yuan')).toBe('H1 2025, a year earlier');
  });

  it('still flags a figure of another period', () => {
    // The loss of H1 2024 was 530 million yuan: now compared with it, a wrong loss is a wrong value.
    const text = '寒武纪2025年上半年收入28.81亿元，同比增长4347.82%。上半年净利润10.38亿元，而上年同期亏损6.30亿元。';
    expect(flagged(text, DATE)).toEqual(['6.30亿元 fact.value-mismatch']);
  });
});
