/**
 * A table column headed by a unit's name and "growth" holds the unit's revenue growth
 * (bind/unitGrowthColumn.ts), when the row is bound to that unit and the header names nothing else.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01')?.metric?.value;

const table = (header: string) => `## Azure by quarter

| Fiscal quarter | ${header} | Points from AI |
|---|---|---|
| Q2 FY2025 | 41% | 9 points |
`;

describe("a unit's growth column", () => {
  it('"<unit> growth", with or without a year-over-year or percent mark', () => {
    expect(metricOf(table('Azure growth'), '41%')).toBe('revenue.growth');
    expect(metricOf(table('Azure growth (y/y)'), '41%')).toBe('revenue.growth');
    expect(metricOf(table('Azure growth (%)'), '41%')).toBe('revenue.growth');
  });

  it('bound as plainly as a header that names the measure', () => {
    expect(analyzedClaim(table('Azure growth'), '41%', '2025-06-01')?.metric?.how).toBe('explicit');
  });
});

const zhTable = (header: string) => `## Azure分季度

| 财季 | ${header} | AI贡献 |
|---|---|---|
| 2025财年Q2 | 41% | 9个百分点 |
`;

describe("a unit's growth column in Chinese", () => {
  it('"<unit>增速", 增长, 同比增速, with or without a mark', () => {
    expect(metricOf(zhTable('Azure增速'), '41%')).toBe('revenue.growth');
    expect(metricOf(zhTable('Azure增长'), '41%')).toBe('revenue.growth');
    expect(metricOf(zhTable('Azure 同比增速'), '41%')).toBe('revenue.growth');
    expect(metricOf(zhTable('Azure增速（%）'), '41%')).toBe('revenue.growth');
  });

  it('not a header naming another measure of the unit', () => {
    expect(metricOf(zhTable('Azure增速贡献'), '41%')).not.toBe('revenue.growth');
    expect(metricOf(zhTable('Azure资本开支增速'), '41%')).not.toBe('revenue.growth');
  });
});

describe('what it leaves alone', () => {
  it('a header naming another measure of the unit', () => {
    expect(metricOf(table('Azure growth contribution'), '41%')).not.toBe('revenue.growth');
    expect(metricOf(table('Azure capex growth'), '41%')).not.toBe('revenue.growth');
  });

  it('a unit other than the row’s', () => {
    const other = '## Cloud units\n\n| Unit | Azure growth |\n|---|---|\n| Google Cloud | 30% |\n';
    expect(metricOf(other, '30%')).not.toBe('revenue.growth');
  });

  it('a company, which is no unit of a parent', () => {
    const company = '## Microsoft by quarter\n\n| Quarter | Microsoft growth |\n|---|---|\n| Q4 2024 | 12% |\n';
    expect(metricOf(company, '12%')).not.toBe('revenue.growth');
  });
});
