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

describe('a by-product a fraction of a percent the size of its partner is no second of "the two"', () => {
  it('en: a contract and the small equity grant that came with it', () => {
    expect(sums('The first contract was worth $8.2 billion and came with $20 million of stock. Together the two deals come to roughly $12 billion.')).toEqual([]);
    expect(sums('The Azure deal is worth $6 billion, plus $10 million in credits; the two commitments total $9 billion.')).toEqual([]);
  });

  it('zh: 合同金额与附带的少量股权', () => {
    expect(sums('首份合同价值82亿美元，并附带2000万美元股权。两笔合计约120亿美元。')).toEqual([]);
  });

  it('near miss: two parts of comparable size that do not add up are still flagged', () => {
    expect(sums('The first contract was worth $8.2 billion and the second $3.8 billion. Together the two deals come to roughly $15 billion.')).toEqual(['$15 billion']);
    expect(sums('首份合同价值82亿美元，第二份38亿美元。两笔合计约150亿美元。')).toEqual(['150亿美元']);
  });
});
