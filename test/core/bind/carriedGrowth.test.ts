/**
 * A year-over-year rise written after a level is that level's growth (bind/carriedGrowth.ts):
 * "revenue came to NT$868.46 billion, up 37% from a year earlier" is revenue growth. Not when the
 * clause does not say year over year (a sequential rise is filed apart), not past another measure
 * named nearer, and not for a level whose measure has no growth metric.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01')?.metric?.value;

describe('a year-over-year rise after a level of revenue', () => {
  it('English', () => {
    expect(metricOf("TSMC's fourth-quarter revenue came to NT$868.46 billion, up 37% from a year earlier.", '37%')).toBe('revenue.growth');
    expect(metricOf("Tencent's revenue for the quarter was RMB 172.4 billion, up 11% year over year.", '11%')).toBe('revenue.growth');
    expect(metricOf("Broadcom's quarterly revenue reached $14.05 billion, which grew about 51% year-on-year.", '51%')).toBe('revenue.growth');
  });

  it('Chinese', () => {
    expect(metricOf('谷歌云去年第四季度收入119.55亿美元，前一年同期为91.92亿美元，同比增长30%。', '30%')).toBe('revenue.growth');
    expect(metricOf('腾讯2024年第四季度营收1724亿元，同比增长11%。', '11%')).toBe('revenue.growth');
    expect(metricOf('百度2024年营收1331亿元，较去年同期增长了约1%。', '1%')).toBe('revenue.growth');
  });

  it('"on the year", and a rise on a whole year’s level, which can only be year over year', () => {
    expect(metricOf('AMD ended its fiscal year with revenue of $80 billion, up 60% on the year.', '60%')).toBe('revenue.growth');
    expect(metricOf('Micron booked 2024 revenue of $40 billion, up 90%, and a record profit.', '90%')).toBe('revenue.growth');
    expect(metricOf('腾讯2024年收入5000亿元，增长25%。', '25%')).toBe('revenue.growth');
  });

  it('not so loosely when the sentence does not name the owner before the figure', () => {
    expect(metricOf('Full-year 2024 revenue was $40 billion, up 90% [Micron is half the size].', '90%')).not.toBe('revenue.growth');
    expect(metricOf('Micron had a good year. The segment brought in $9 billion, up 30% on the year.', '30%')).not.toBe('revenue.growth');
  });

  it('not a rise on a year’s level when another year may be its base', () => {
    expect(metricOf('Micron booked 2024 revenue of $40 billion, up 90% on 2022.', '90%')).not.toBe('revenue.growth');
    expect(metricOf('Micron turned a 2023 loss into 2024 revenue of $40 billion, up 90%.', '90%')).not.toBe('revenue.growth');
  });

  it('not a rise that does not say year over year', () => {
    expect(metricOf("Tencent's revenue for the quarter was RMB 172.4 billion, up 11% from the previous quarter.", '11%')).not.toBe('revenue.growth');
    expect(metricOf('腾讯第四季度营收1724亿元，环比增长4%。', '4%')).not.toBe('revenue.growth');
  });

  it('not past a measure named nearer the figure', () => {
    expect(metricOf("Nvidia's revenue was $35.1 billion and its gross margin 75%, up 3% year over year.", '3%')).not.toBe('revenue.growth');
  });

  it('not a share, and not the growth of a measure with no growth metric', () => {
    expect(metricOf("Microsoft's revenue was $69.6 billion, 40% of it from cloud, year over year.", '40%')).not.toBe('revenue.growth');
    expect(metricOf("Alphabet's capex was $14 billion in the quarter, up 62% year over year.", '62%')).not.toBe('revenue.growth');
  });
});

describe('a year-over-year rise after a segment named by its own unit', () => {
  it("is the unit's revenue growth", () => {
    expect(metricOf('2025年第二季度，百度智能云收入62亿元，同比增长27%。', '27%')).toBe('revenue.growth');
    expect(metricOf('Google Cloud revenue reached $13.6 billion in the quarter, up 32% year over year.', '32%')).toBe('revenue.growth');
  });

  it('not a segment that holds the named unit, nor a segment of a company', () => {
    expect(metricOf("Azure's Intelligent Cloud revenue was $28.5 billion, up 19% year over year.", '19%')).not.toBe('revenue.growth');
    expect(metricOf("Microsoft's Intelligent Cloud revenue was $28.5 billion, up 19% year over year.", '19%')).not.toBe('revenue.growth');
  });
});
