/**
 * The same amount dated at two periods of a paragraph is one figure whose date is wrong somewhere (the
 * fact check's business), not a change a later rate or multiple can be checked against
 * (paragraphChange.ts). Two different amounts still make one.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';

const growthFlags = (text: string) =>
  check(text, { date: '2025-11-20' })
    .findings.filter((f) => f.check === 'arith.growth' && (f.severity === 'warning' || f.severity === 'error'))
    .map((f) => f.text);

describe('one amount dated twice is no change', () => {
  it('a multiple after the same figure written for two fiscal years is not checked', () => {
    expect(growthFlags('英伟达2025财年营收1305亿美元，较上一财年的609亿美元增长约114%。英伟达在2024财年实现营收1305亿美元，一年之间翻了一番还多。')).toEqual([]);
  });
  it('near miss: two different amounts still make a change', () => {
    expect(growthFlags('英伟达2024财年营收609亿美元。英伟达在2025财年实现营收1305亿美元，一年之间增长约60%。')).toEqual(['60%']);
  });
});
