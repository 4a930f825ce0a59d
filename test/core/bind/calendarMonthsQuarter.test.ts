/**
 * Calendar months written out ("10-12月") are calendar months for every company, and under a heading that
 * names a dated part of a year ("## 去年12月季度", "## 2024年12月季度") they take that heading's year when they
 * fall within it (bind/periodPatternsZh.ts monthRange, periodSpec.ts resolveQuarter, headingYear.ts).
 * Alibaba's fiscal year ends in March: Oct-Dec 2024 is its FY2025 Q3, whose revenue grew 8% (bundled facts).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';
import { periodsIn } from './helpers';

const table = (heading: string, row: string) => `## ${heading}\n\n| 公司 | 营收同比增速 |\n|---|---|\n| ${row} | +8% |\n`;

describe('a year-less 10-12月 is the calendar quarter, not a fiscal one', () => {
  it('reads 阿里巴巴（10-12月） as October-December, not Alibaba\'s fiscal fourth quarter', () => {
    const { claim, verdicts } = flaggedClaim(table('去年12月季度：阿里与腾讯', '阿里巴巴（10-12月）'), '8%', '2025-11-26');
    expect(claim?.period?.value).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
    expect(verdicts).toEqual([]);
  });

  it('in prose too: 阿里巴巴10-12月营收同比增长8%', () => {
    const { claim, verdicts } = flaggedClaim('阿里巴巴10-12月营收同比增长8%。', '8%', '2025-11-26');
    expect(claim?.period?.value).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
    expect(verdicts).toEqual([]);
  });

  it('after a fiscal year, 10-12月 is still the calendar months', () => {
    const { claim } = flaggedClaim('阿里巴巴2025财年，10-12月营收同比增长8%。', '8%', '2025-11-26');
    expect(claim?.period?.value).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
  });
});

describe('the heading\'s dated quarter gives the months below it their year', () => {
  it('takes the year of "2024年12月季度" when the draft\'s date would place 10-12月 a year later', () => {
    const { claim, verdicts } = flaggedClaim(table('2024年12月季度', '阿里巴巴（10-12月）'), '8%', '2026-01-20');
    expect(claim?.period?.value).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
    expect(verdicts).toEqual([]);
  });

  it('near miss: months the heading\'s quarter does not contain keep the draft\'s reading', () => {
    const { claim } = flaggedClaim(table('2024年12月季度', '阿里巴巴（1-3月）'), '8%', '2026-01-20');
    expect(claim?.period?.value).toMatchObject({ start: '2025-01-01', end: '2025-03-31' });
  });
});

describe('"the third calendar quarter of 2023" is that quarter, not the year', () => {
  it('reads the word "calendar" between the ordinal and "quarter"', () => {
    expect(periodsIn('Shipments peaked in the third calendar quarter of 2023.', '2024-03-01')).toEqual([['the third calendar quarter of 2023', '2023-07-01', '2023-09-30']]);
  });
});
