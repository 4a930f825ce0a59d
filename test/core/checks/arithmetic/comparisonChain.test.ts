/**
 * In a chain of comparisons ("A，比B多了D，比C高出P%") each comparison sets the subject A against its own
 * baseline: the first comparison's result D is never the value the next one compares
 * (growthPatterns.chainSubject).
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const flags = (text: string) => arithFlags(text, 'arith.growth');

describe('a chain of comparisons compares the subject each time', () => {
  for (const text of [
    '该公司第四季度云收入285.2亿美元，比上一季度的267.1亿美元多了18.1亿美元，比去年同期的240亿美元高出约19%。',
    '该公司第四季度云收入285.2亿美元，比去年同期的240亿美元多了45.2亿美元，比前年同期的200亿美元高出约43%。',
    '该公司第四季度云收入285.2亿美元，比上一季度的267.1亿美元多了18.1亿美元，比去年同期的240亿美元多了45.2亿美元。',
  ]) {
    it(`${text} is silent`, () => expect(flags(text)).toEqual([]));
  }
  it('near miss: a wrong rate or difference against the later baseline is still flagged', () => {
    expect(flags('该公司第四季度云收入285.2亿美元，比上一季度的267.1亿美元多了18.1亿美元，比去年同期的240亿美元高出约25%。')).toEqual(['25%']);
    expect(flags('该公司第四季度云收入285.2亿美元，比上一季度的267.1亿美元多了18.1亿美元，比去年同期的240亿美元多了55.2亿美元。')).toEqual(['55.2亿美元']);
  });
  it('near miss: a single comparison is still checked', () => {
    expect(flags('该公司第四季度云收入285.2亿美元，比去年同期的240亿美元高出约25%。')).toEqual(['25%']);
  });
});
