/**
 * A per-month amount after a yearly (annualized, run-rate) amount may be that amount ÷ 12; a from–to level
 * of the same yearly series is no total spread over the stretch (yearlyPerPeriod.ts).
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const ratios = (text: string) => arithFlags(text, 'arith.ratio');

describe('a month of a yearly amount', () => {
  it('English: "$500 million a month" of a $6 billion run-rate is not the older level spread over the stretch', () => {
    expect(ratios('Run-rate revenue hit $6 billion in March, from $3.6 billion last September — 1.7x in six months, or about $500 million a month.')).toEqual([]);
    expect(ratios('Run-rate revenue went from $3.6 billion in September to $6 billion in March, or roughly $500 million a month, in six months.')).toEqual([]);
  });
  it('Chinese: 年化收入 ÷ 12 is a reading of 每月', () => {
    expect(ratios('公司年化收入从去年9月的36亿美元升至今年3月的60亿美元，六个月里平均每月约5亿美元。')).toEqual([]);
    expect(ratios('公司年化收入在3月达到60亿美元，而去年9月为36亿美元，六个月平均每月约5亿美元。')).toEqual([]);
  });
  it('a monthly figure no reading fits is still flagged, naming the current level', () => {
    expect(ratios('Run-rate revenue hit $6 billion in March, from $3.6 billion last September — 1.7x in six months, or about $900 million a month.')).toEqual(['$900 million']);
    expect(ratios('公司年化收入从去年9月的36亿美元升至今年3月的60亿美元，六个月里平均每月约9亿美元。')).toEqual(['9亿美元']);
  });
  it('a total spent over the stretch is still spread over it', () => {
    expect(ratios('The company spent $3 billion in six months, or about $800 million a month.')).toEqual(['$800 million']);
    expect(ratios('公司六个月共花了30亿美元，平均每月约8亿美元。')).toEqual(['8亿美元']);
    expect(ratios('Annualized revenue reached $6 billion by March and the company spent $3 billion in six months, or about $800 million a month.')).toEqual(['$800 million']);
  });
});
