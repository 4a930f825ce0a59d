/**
 * A change whose words say how many years it took ("两年间增长", "over two years") compares the two values
 * that many years apart, not the last two written (spannedYears.ts). When no such pair can be read, the
 * relation is left alone.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const growth = (text: string) => [...arithFlags(text, 'arith.growth'), ...arithFlags(text, 'arith.ambiguous-growth')];

describe('a stated span of years picks the pair that far apart', () => {
  it('is silent on a two-year multiple that the first and last years bear out', () => {
    // 9.6 ÷ 1.9 = 5.05: "增长约4倍" read as ×5 holds; the adjacent pair (3.8 ÷ 1.9 = 2) is one year.
    expect(growth('某平台2025年营收9.6亿元，2024年为3.8亿元、2023年为1.9亿元，两年间增长约4倍。')).toEqual([]);
  });

  it('still flags a two-year multiple the years that far apart do not bear out', () => {
    expect(growth('某平台2025年营收9.6亿元，2024年为3.8亿元、2023年为1.9亿元，两年间增长约12倍。')).toEqual(['12倍']);
  });

  it('is silent when no pair of values is that many years apart', () => {
    expect(growth('某平台2025年营收9.6亿元，2024年为3.8亿元、2023年为1.9亿元，五年间增长约12倍。')).toEqual([]);
  });

  it('near miss: a span of one year keeps the adjacent one-year pair', () => {
    expect(growth('某平台2024年营收3.8亿元，2023年为1.9亿元，一年间增长约12倍。')).toEqual(['12倍']);
  });
});
