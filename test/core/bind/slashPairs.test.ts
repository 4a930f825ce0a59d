/**
 * Figures split by slashes in a table cell, under a label with as many periods split by slashes, pair
 * item by item (bind/slashPairs.ts). Bundled facts: the USD/CNY monthly averages of October, November
 * and December 2024 (7.0881, 7.2063, 7.2807).
 */
import { describe, expect, it } from 'vitest';
import { periodSpanOf } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-02-10';
const table = (label: string, cell: string) => `## 汇率\n\n| 口径 | 美元兑人民币 |\n|---|---|\n| ${label} | ${cell} |\n`;
const spanOf = (text: string, figure: string) => periodSpanOf(text, figure, DATE);
const OCT = '2024-10-01..2024-10-31';
const NOV = '2024-11-01..2024-11-30';
const DEC = '2024-12-01..2024-12-31';

describe('slash-separated periods in a row label pair with slash-separated figures', () => {
  it('zh: "| 2024年10月 / 11月 / 12月月均 | A / B / C |"', () => {
    const text = table('2024年10月 / 11月 / 12月月均', '7.0881 / 7.2063 / 7.2807');
    expect(['7.0881', '7.2063', '7.2807'].map((f) => spanOf(text, f))).toEqual([OCT, NOV, DEC]);
    for (const figure of ['7.0881', '7.2063', '7.2807']) expect(flaggedClaim(text, figure, DATE).verdicts, figure).toEqual([]);
  });

  it('en: "| Monthly average, October / November / December 2024 | A / B / C |"', () => {
    const text = table('Monthly average, October / November / December 2024', '7.0881 / 7.2063 / 7.2807');
    expect(['7.0881', '7.2063', '7.2807'].map((f) => spanOf(text, f))).toEqual([OCT, NOV, DEC]);
  });

  it('wrong variant: the first and last figures swapped are each the other month\'s', () => {
    const text = table('2024年10月 / 11月 / 12月月均', '7.2807 / 7.2063 / 7.0881');
    expect(flaggedClaim(text, '7.2807', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim(text, '7.0881', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('near miss: a label whose periods do not match the figures in count pairs nothing', () => {
    const text = table('2024年10-12月月均', '7.0881 / 7.2807');
    expect(spanOf(text, '7.0881')).not.toBe(OCT);
    expect(spanOf(text, '7.2807')).not.toBe(DEC);
  });
});
