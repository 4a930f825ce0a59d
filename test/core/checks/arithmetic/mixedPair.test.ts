/**
 * Two amounts bound to different measures (a round's valuation and the money it raised) are never read as
 * a pair of addends by a total in the next sentence (pairTotal.ts): the total's parts must be of its measure.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';

const sums = (text: string) => check(text, { date: '2025-06-01' }).findings.filter((f) => f.check === 'arith.sum').map((f) => f.text);

describe('a valuation and a raise are no pair of addends', () => {
  it('zh: 以…的投后估值融资…。两轮合计…', () => {
    expect(sums('今年3月，该公司以2000亿元的投后估值融资300亿元。两轮合计350亿元。')).toEqual([]);
  });

  it('en: raised … at a … valuation. Together the two …', () => {
    expect(sums('In March the company raised $30 billion at a $200 billion post-money valuation. Together the two came to $35 billion.')).toEqual([]);
  });

  it('near miss: two raises are still summed', () => {
    expect(sums('In March the company raised $30 billion and in June $10 billion. Together the two came to $45 billion.')).toEqual(['$45 billion']);
    expect(sums('该公司3月融资300亿元，6月又融资100亿元。两轮合计450亿元。')).toEqual(['450亿元']);
  });
});
