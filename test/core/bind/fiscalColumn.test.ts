/**
 * A year in a table column headed "Fiscal year", "FY" or 财年 is the company's fiscal year (fiscalColumn.ts);
 * a year-less month range in brackets after a fiscal quarter restates its months (periodGloss.ts); "the
 * year to <day>" ends on that day (periodSpec.ts monthYear). Bundled facts: Nvidia's fiscal years end in
 * late January (FY2024: $60.9B revenue, $29.8B net income).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim, periodSpanOf, periodsIn } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2025-06-15';
const table = (header: string, year: string) => ['Nvidia, three years.', '', `| ${header} | Revenue | Net income |`, '|---|---|---|', `| ${year} | $60.92B | $29.76B |`].join('\n');

describe('a fiscal-year column', () => {
  it('reads its bare years as the company\'s fiscal years (en, zh)', () => {
    expect(analyzedClaim(table('Fiscal year', '2024'), '$60.92B', DATE)?.period?.value.label).toBe('FY2024');
    expect(analyzedClaim(table('FY', '2024'), '$29.76B', DATE)?.period?.value.label).toBe('FY2024');
    expect(analyzedClaim(table('Fiscal year (ends late Jan)', '2024'), '$60.92B', DATE)?.period?.value.label).toBe('FY2024');
    const zh = ['英伟达的三年。', '', '| 财年 | 营收 | 净利润 |', '|---|---|---|', '| 2024 | 609.2亿美元 | 297.6亿美元 |'].join('\n');
    expect(analyzedClaim(zh, '609.2亿美元', DATE)?.period?.value.label).toBe('FY2024');
    expect(draftFindings(zh, DATE)).toEqual([]);
    expect(draftFindings(table('Fiscal year', '2024'), DATE)).toEqual([]);
  });

  it('near miss: a column headed "Year" keeps calendar years', () => {
    expect(analyzedClaim(table('Year', '2024'), '$60.92B', DATE)?.period?.value.label).toBe('2024');
  });
});

describe('bracketed months restating a fiscal quarter', () => {
  it('take the quarter\'s year, not the fiscal year\'s number', () => {
    const row = (label: string) => ['| Quarter | Revenue |', '|---|---|', `| ${label} | $26.04B |`].join('\n');
    expect(periodSpanOf(`# Nvidia by quarter\n\n${row('Q1 FY2025 (Feb–Apr)')}`, '$26.04B', DATE)).toBe('2024-02-01..2024-04-30');
    expect(draftFindings(`# Nvidia by quarter\n\n${row('Q1 FY2025 (Feb–Apr)')}`, DATE)).toEqual([]);
  });

  it('near miss: months that do not restate the quarter keep their own reading', () => {
    expect(periodsIn('Q1 2025 (Jun–Aug)', DATE).map((p) => p[0])).toContain('Jun–Aug');
    expect(periodsIn('Q1 2025 (Jun–Aug)', DATE).find((p) => p[0] === 'Jun–Aug')?.[1]).toBe('2025-06-01');
  });
});

describe('the year to a day', () => {
  it('ends on that day', () => {
    expect(periodsIn('in the year to November 3, 2024', DATE)).toEqual([['the year to November 3, 2024', '2023-11-04', '2024-11-03']]);
    expect(periodsIn('in the year to November 2024', DATE)).toEqual([['the year to November 2024', '2023-12-01', '2024-11-30']]);
  });
});
