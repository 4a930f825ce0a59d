/**
 * "A、B、C三项合计X", "the three together X": the count of the listed parts is not their total.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const sums = (text: string) => arithFlags(text, 'arith.sum');

describe('the number of parts before a sum cue is not the total', () => {
  it('Chinese: 三项合计 with the right total says nothing', () => {
    expect(sums('甲方案400亿、乙方案250亿、丙方案50亿三项合计700亿元。')).toEqual([]);
  });
  it('English: "the three together" with the right total says nothing', () => {
    expect(sums('Oracle $40 billion, Azure $25 billion and AWS $5 billion, the three together $70 billion.')).toEqual([]);
  });
  it('a wrong total after the count is still flagged', () => {
    expect(sums('甲方案400亿元、乙方案250亿元、丙方案50亿元三项合计800亿元。')).toEqual(['800亿元']);
    expect(sums('Oracle $40 billion, Azure $25 billion and AWS $5 billion, the three together $80 billion.')).toEqual(['$80 billion']);
  });
});
