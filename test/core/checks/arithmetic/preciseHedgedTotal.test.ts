/**
 * A total written to four significant digits was computed: "about" on it admits rounding of one more
 * digit, not a tenth (roundedHedge.ts), and a round part it was computed from is read as written (sums.ts).
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const sums = (text: string) => arithFlags(text, 'arith.sum');

describe('a hedged total written to four digits', () => {
  it('flags a total a whole billion off its parts (English)', () => {
    expect(sums('The lab raised $8 billion of equity, plus $3.75 billion of debt, so about $12.75 billion of new money in total.')).toEqual(['$12.75 billion']);
  });

  it('and in Chinese', () => {
    expect(sums('该公司股权融资80亿美元，另加37.5亿美元债务融资，合计约127.5亿美元。')).toEqual(['127.5亿美元']);
  });

  it('is silent when the parts add up', () => {
    expect(sums('The lab raised $8 billion of equity, plus $3.75 billion of debt, so about $11.75 billion of new money in total.')).toEqual([]);
    expect(sums('该公司股权融资80亿美元，另加37.5亿美元债务融资，合计约117.5亿美元。')).toEqual([]);
  });

  it('keeps a loose hedge on a figure written to two digits', () => {
    expect(sums('The lab raised $8 billion of equity, plus $3.75 billion of debt, so about $12 billion in total.')).toEqual([]);
  });

  it('is silent when some of the listed amounts add up to it (the others are context)', () => {
    expect(sums('The lab raised $8 billion of equity, $2 billion in a tender and $3.75 billion of debt, so about $11.75 billion in total.')).toEqual([]);
  });

  it('still flags a total no reading of the parts explains, a valuation among them', () => {
    expect(sums('The lab raised $8 billion of equity at a $60 billion valuation, plus $3.75 billion of debt, so about $12.75 billion in total.')).toEqual(['$12.75 billion']);
  });
});
