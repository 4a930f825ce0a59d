/**
 * A bare figure whose currency its sentence carries (carriedCurrency.ts): "60亿是25亿的2.4倍，高出5亿美元" writes
 * 60亿 in dollars, so a conversion opening the next sentence may convert it; one that gives the result
 * explains it. A figure that converts to nothing stated leaves the finding.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const flags = (text: string) => arithFlags(text, 'arith.currency');

describe('a bare figure in the currency its sentence carries', () => {
  it('is a source the opening conversion may convert', () => {
    expect(flags('60亿是25亿的2.4倍，比预期高出约5亿美元。按7.20折算，约合432亿元。\n')).toEqual([]);
    expect(flags('60 billion is 2.4 times 25 billion, about $5 billion above plan. At 7.20 yuan per dollar, that is about 432 billion yuan.\n')).toEqual([]);
  });
  it('near miss: no figure of the sentence converts to the result, so the one amount is the source', () => {
    expect(flags('60亿是25亿的2.4倍，比预期高出约5亿美元。按7.20折算，约合500亿元。\n')).toEqual(['500亿元']);
  });
  it('near miss: a sentence of two currencies carries neither to its bare figures', () => {
    expect(flags('60亿是25亿的2.4倍，比预期高出约5亿美元，另有3亿元补贴。按7.20折算，约合432亿元。\n')).toEqual(['432亿元']);
  });
});
