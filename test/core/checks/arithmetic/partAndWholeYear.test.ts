/**
 * A named quarter's figure and the whole year's, set side by side, are a part and its year, both
 * reported: the year is not the quarter × 4 (annualized.ts `partAndWholeYear`). A restatement word between
 * them, or a quarter that is a cadence (每季度, 单季), still makes the year a restatement.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const flags = (text: string) => arithFlags(text, 'arith.annualized');

describe('a named quarter beside the whole year', () => {
  it('is not an annualization (Chinese)', () => {
    expect(flags('某芯片公司2024年第四季度营收76.6亿美元，全年营收258亿美元。')).toEqual([]);
    expect(flags('该公司第三季度的收入为12亿元，全年收入为41亿元。')).toEqual([]);
    expect(flags('公司四季度营收30亿元，全年营收100亿元。')).toEqual([]);
  });

  it('English: not flagged either (a guard; English "fourth-quarter revenue" is no cadence word today)', () => {
    expect(flags('Fourth-quarter revenue was $7.7 billion, full-year revenue $25.8 billion.')).toEqual([]);
  });

  it('near misses: a cadence, or a restatement word after a named quarter, keeps the restatement', () => {
    expect(flags('该公司单季收入10亿美元，即全年收入约50亿美元。')).toEqual(['50亿美元']);
    expect(flags('该公司第四季度收入10亿美元，即全年收入约50亿美元。')).toEqual(['50亿美元']);
    expect(flags('The company made $1 billion a quarter, or $5 billion a year.')).toEqual(['$5 billion']);
  });
});
