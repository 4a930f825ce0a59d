/**
 * "About" on a figure of one significant digit is rounding at that digit: "about $90 billion" is
 * [85, 95], not ±10% (roundedHedge.ts). A figure of two digits keeps its ±10%.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const sums = (text: string) => arithFlags(text, 'arith.sum');

describe('a hedged one-digit total', () => {
  it('flags a total its parts do not round to (English)', () => {
    expect(sums('Acme spent $35 billion on chips and $45 billion on buildings, about $90 billion in total.')).toEqual(['$90 billion']);
  });

  it('and in Chinese', () => {
    expect(sums('Acme在芯片上花了350亿美元，在楼宇上花了450亿美元，合计约900亿美元。')).toEqual(['900亿美元']);
  });

  it('is silent when the parts round to it', () => {
    expect(sums('Acme spent $37 billion on chips and $49 billion on buildings, about $90 billion in total.')).toEqual([]);
    expect(sums('Acme在芯片上花了370亿美元，在楼宇上花了490亿美元，合计约900亿美元。')).toEqual([]);
  });

  it('keeps ±10% on a figure of two digits', () => {
    expect(sums('Acme spent $35 billion on chips and $45 billion on buildings, about $85 billion in total.')).toEqual([]);
    expect(sums('Acme在芯片上花了350亿美元，在楼宇上花了450亿美元，合计约850亿美元。')).toEqual([]);
  });
});
