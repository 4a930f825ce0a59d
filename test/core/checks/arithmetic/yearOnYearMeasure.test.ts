/**
 * A year-on-year rate compares a measure with itself a year earlier (paragraphChange.ts): an amount of
 * another sentence that is bound to no measure, or to another one, is never its base.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';

function growth(text: string): string[] {
  return check(text, { date: '2025-11-20' })
    .findings.filter((f) => f.check === 'arith.growth' && (f.severity === 'warning' || f.severity === 'error'))
    .map((f) => f.text);
}

describe('a year-on-year rate is not over another measure', () => {
  it('zh: a quarter’s spending before its profit', () => {
    expect(growth('星海科技2024年资本开支800亿元，是2023年的三倍多。其中第四季度就花了300亿元，占全年的近四成。同一季度星海科技净利润600亿元，同比增长12%。')).toEqual([]);
  });

  it('en: the same', () => {
    expect(growth('Acme spent $80 billion on capex in 2024, more than three times 2023. Of that, $30 billion went out in the fourth quarter alone. In the same quarter Acme net income was $60 billion, up 12% year over year.')).toEqual([]);
  });
});

describe('near misses: the same measure a year apart is still checked', () => {
  it('zh', () => {
    expect(growth('2023年第四季度，星海科技净利润500亿元。2024年第四季度星海科技净利润600亿元，同比增长50%。')).toEqual(['50%']);
  });

  it('en', () => {
    expect(growth('In the fourth quarter of 2023 Acme earned net income of $5 billion. In the fourth quarter of 2024 Acme net income was $6 billion, up 50% year over year.')).toEqual(['50%']);
  });
});
