/**
 * A table column's header dates its cells (bind/columnPeriod.ts): "Year earlier" is the column before's
 * period a year back, and a row label's year-less fiscal closing day ("FY to Nov 3") takes the header's
 * year. Bundled facts: Broadcom's AI revenue was $12.2B in fiscal 2024 (ended 3 November 2024) and $3.8B
 * in fiscal 2023.
 */
import { describe, expect, it } from 'vitest';
import { periodSpanOf } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-02-20';
const spanOf = (text: string, figure: string) => periodSpanOf(text, figure, DATE);
const table = (label: string, a: string, b: string) => `## Chips\n\n| Company | Line | 2024 | Year earlier |\n|---|---|---|---|\n| Broadcom | ${label} | ${a} | ${b} |\n`;

describe('a column header dates the cells under it', () => {
  it('en: "FY to Nov 3" in the row label, "2024" and "Year earlier" in the headers', () => {
    const text = table('AI revenue, FY to Nov 3', '$12.2B', '$3.8B');
    expect(spanOf(text, '$12.2B')).toBe('2023-11-04..2024-11-03');
    expect(spanOf(text, '$3.8B')).toBe('2022-11-04..2023-11-03');
    for (const figure of ['$12.2B', '$3.8B']) expect(flaggedClaim(text, figure, DATE).verdicts, figure).toEqual([]);
  });

  it('zh: "截至11月3日的财年" in the row label, "2024年" and "上年同期" in the headers', () => {
    const text = '## 芯片\n\n| 公司 | 口径 | 2024年 | 上年同期 |\n|---|---|---|---|\n| 博通 | AI收入，截至11月3日的财年 | 122亿美元 | 38亿美元 |\n';
    expect(spanOf(text, '38亿美元')).toBe('2022-11-04..2023-11-03');
    expect(flaggedClaim(text, '38亿美元', DATE).verdicts).toEqual([]);
  });

  it('wrong variant: the two years swapped are each the other year\'s', () => {
    const text = table('AI revenue, FY to Nov 3', '$3.8B', '$12.2B');
    expect(flaggedClaim(text, '$12.2B', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('near miss: a dated row label that is no fiscal closing day keeps its own date', () => {
    const text = '## Chips\n\n| Company | Line | Value |\n|---|---|---|\n| Broadcom | AI revenue, FY to Nov 3 | $12.2B |\n';
    // No header period to take the year from: the label's own reading stands.
    expect(spanOf(text, '$12.2B')).not.toBe('2022-11-04..2023-11-03');
  });
});

describe("a closing day beside another column's figure is that figure's, not the row's", () => {
  // Microsoft's calendar-2024 capex was about $56B (bundled facts); its fiscal year ends in June.
  const grid = (spend: string, plan: string) => `| Company | 2024 spend | 2025 plan |\n|---|---|---|\n| Microsoft | ${spend} | ${plan} |\n`;
  it('"| ~$56B | $80B (FY to June) |": the 2024 column is not fiscal 2024', () => {
    const text = grid('~$56B', '$80B (FY to June)');
    expect(spanOf(text, '$56B')).not.toBe('2023-07-01..2024-06-30');
    expect(flaggedClaim(text, '$56B', DATE).verdicts).toEqual([]);
  });
  it('near miss: the closing day in the row label still gives every column the fiscal year', () => {
    const text = `| Company | 2024 spend | 2025 plan |\n|---|---|---|\n| Microsoft (FY to June) | ~$56B | $80B |\n`;
    expect(spanOf(text, '$56B')).toBe('2023-07-01..2024-06-30');
  });
});
