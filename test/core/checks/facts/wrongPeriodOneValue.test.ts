/**
 * A wrong period says "this is the figure of another period": the value must single that figure out. A
 * hedged value that meets two different figures of other periods (two quarters) names neither of them.
 * Bundled facts: Nvidia's data-center revenue by fiscal quarter ($30.8B, $35.6B).
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../../server/src/core/model';
import { oneValue } from '../../../../server/src/core/checks/facts/factMatch';
import { flaggedTexts } from '../../../helpers/flagged';

function fact(value: number): Fact {
  return { id: `F${value}`, entity: 'e', metric: 'm', value, unit: 'USD', period: { start: '2024-01-01', end: '2024-03-31', label: '' }, qualifiers: [], sources: [], confidence: 'high', fromMemory: false };
}

describe('oneValue', () => {
  it('two sources of one figure state one value', () => {
    expect(oneValue([fact(30.8e9), fact(30.8e9)])).toBe(true);
  });

  it('two quarters of different figures do not', () => {
    expect(oneValue([fact(30.8e9), fact(35.6e9)])).toBe(false);
  });
});

describe('wrong period needs the value to single out one figure', () => {
  const periodFindings = (text: string) => flaggedTexts(text, '2025-09-01', 'fact.wrong-period');

  it('a hedged yearly figure between two quarters\' figures is not called a quarter\'s (Chinese)', () => {
    expect(periodFindings('英伟达2023年数据中心收入约326亿美元。')).toEqual([]);
  });

  it('nor in English', () => {
    expect(periodFindings('In 2023 Nvidia had data center revenue of about $32.6 billion.')).toEqual([]);
  });

  it('a quarter\'s exact figure given as the year\'s still is', () => {
    expect(periodFindings('英伟达2023年数据中心收入为308亿美元。')).toEqual(['308亿美元']);
    expect(periodFindings('Nvidia made $30.8 billion of data center revenue in 2023.')).toEqual(['$30.8 billion']);
  });
});
