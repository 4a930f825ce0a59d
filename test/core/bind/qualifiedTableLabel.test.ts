/**
 * A table column headed by a narrower measure than its trigger word ("AI-linked revenue", "Gaming
 * revenue", 游戏收入) holds no company total: its figures bind the specific metric when the base has it
 * (data-center revenue, 数据中心收入) and no metric otherwise. A header that only says whose, when or
 * "total" still binds the total. Bundled facts: Nvidia's Q4 FY2025 revenue $39.3B, data center $35.6B.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2025-03-10';
const table = (header: string, value: string) => `| Company | Quarter | ${header} |\n|---|---|---|\n| Nvidia | Q4 FY2025 | ${value} |\n`;
const tableZh = (header: string, value: string) => `| 公司 | 季度 | ${header} |\n|---|---|---|\n| 英伟达 | 2025财年第四财季 | ${value} |\n`;

describe('a column that names a segment or a qualified metric', () => {
  it('binds the segment metric the base has (English and Chinese)', () => {
    expect(draftFindings(table('Data-center revenue', '$35.6 billion'), DATE)).toEqual([]);
    expect(draftFindings(tableZh('数据中心收入', '356亿美元'), DATE)).toEqual([]);
  });

  it('binds no metric for a measure the base cannot name, so the total does not contradict it', () => {
    expect(draftFindings(table('AI-linked revenue', '$35.6 billion'), DATE)).toEqual([]);
    expect(draftFindings(table('Gaming revenue', '$2.5 billion'), DATE)).toEqual([]);
    expect(draftFindings(tableZh('游戏收入', '25亿美元'), DATE)).toEqual([]);
  });
});

describe('near misses: headers that name the total', () => {
  it('"Total revenue", a period or a company before the word still bind revenue', () => {
    expect(draftFindings(table('Total revenue', '$35.6 billion'), DATE)).toEqual(['$35.6 billion fact.value-mismatch error']);
    expect(draftFindings(table('Q4 revenue ($B)', '$35.6 billion'), DATE)).toEqual(['$35.6 billion fact.value-mismatch error']);
    expect(draftFindings(table("Nvidia's revenue", '$35.6 billion'), DATE)).toEqual(['$35.6 billion fact.value-mismatch error']);
  });

  it('Chinese: 总营收, 季度营收', () => {
    expect(draftFindings(tableZh('总营收', '356亿美元'), DATE)).toEqual(['356亿美元 fact.value-mismatch error']);
    expect(draftFindings(tableZh('季度营收', '356亿美元'), DATE)).toEqual(['356亿美元 fact.value-mismatch error']);
  });
});
