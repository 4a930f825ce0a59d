/**
 * Two readings of the draft's own arithmetic:
 * - a whole broken down right after it ("X中，a、b", "X, of which a and b") gives parts of X, so a
 *   total of named rounds after it adds no part to X (checks/arithmetic/pairTotal.ts);
 * - "N times cheaper / smaller / lower", "an N-fold drop" is the old value over the new one
 *   (checks/arithmetic/growth.ts).
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

describe('a breakdown is no pair of addends', () => {
  it('X中，a、b then a two-round total', () => {
    expect(arithFlags('C轮6亿美元中，股权4.2亿美元、债务1.8亿美元；B、C两轮合计9.5亿美元。', 'arith.sum')).toEqual([]);
  });
  it('"of which" in English', () => {
    expect(arithFlags('The Series C raised $500 million, of which $350 million equity and $150 million debt; the two rounds together raised $800 million.', 'arith.sum')).toEqual([]);
  });
  it('two rounds written as rounds still add up', () => {
    expect(arithFlags('B轮6亿美元、C轮5亿美元；B、C两轮合计13亿美元。', 'arith.sum')).toEqual(['13亿美元']);
  });
});

describe('a multiple worded as "cheaper" is the inverse ratio', () => {
  it('"down from …, N times cheaper" holds', () => {
    expect(arithFlags('The price fell to $0.05 per million tokens in 2024, down from $15 in 2022, about 300 times cheaper.', 'arith.growth')).toEqual([]);
  });
  it('a wrong inverse multiple is still caught', () => {
    expect(arithFlags('The price fell to $0.05 per million tokens in 2024, down from $15 in 2022, about 30 times cheaper.', 'arith.growth')).toEqual(['30 times']);
  });
  it('a plain multiple of a rise is new over old', () => {
    expect(arithFlags('Revenue rose from $2 billion in 2023 to $6 billion in 2024, about 3 times.', 'arith.growth')).toEqual([]);
  });
});
