/**
 * A hedged result is off once it is outside its own hedge (outcome.ts `materialGap`): "about" is the
 * writer's allowance for rounding, so no further margin is added on top of it. An unhedged result and a
 * total above the parts it lists keep the margin; a result of named operands (pre-money, midpoint) does not.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const growth = (text: string) => arithFlags(text, 'arith.growth');
const sums = (text: string) => arithFlags(text, 'arith.sum');

describe('a hedged result just outside its hedge', () => {
  it('flags a change its two values do not give (English)', () => {
    expect(growth('Acme stock went from $116.2 to $131.5, up about 15%.')).toEqual(['15%']);
  });

  it('and in Chinese', () => {
    expect(growth('Acme发行价116.2港元，首日收盘131.5港元，较发行价上涨约15%。')).toEqual(['15%']);
  });

  it('is silent when the values round to it', () => {
    expect(growth('Acme stock went from $116.2 to $131.5, up about 13%.')).toEqual([]);
    expect(growth('Acme发行价116.2港元，首日收盘131.5港元，较发行价上涨约13%。')).toEqual([]);
  });

  it('flags a total below the parts it lists', () => {
    expect(sums('Acme spent $6 billion on chips and $5 billion on buildings, about $10.2 billion in total.')).toEqual(['$10.2 billion']);
    expect(sums('Acme在芯片上花了60亿美元，在楼宇上花了50亿美元，合计约102亿美元。')).toEqual(['102亿美元']);
  });
});

describe('a result derived from named operands, with no part to leave out', () => {
  it('flags a pre-money valuation above post-money less the raise', () => {
    expect(sums('Acme raised $400 million at a $10.2 billion post-money valuation, so the pre-money was about $10.6 billion.')).toEqual(['$10.6 billion']);
    expect(sums('Acme以102亿美元的投后估值融资4亿美元，投前估值约106亿美元。')).toEqual(['106亿美元']);
  });

  it('flags a midpoint above the middle of its range', () => {
    expect(sums('Analysts put the market at $2.6 trillion to $4.4 trillion a year, a midpoint of about $4 trillion.')).toEqual(['$4 trillion']);
    expect(sums('分析师估计市场规模为每年2.6万亿至4.4万亿美元，中值约4万亿美元。')).toEqual(['4万亿美元']);
  });

  it('is silent when they give it', () => {
    expect(sums('Acme raised $400 million at a $10.2 billion post-money valuation, so the pre-money was about $9.8 billion.')).toEqual([]);
    expect(sums('Analysts put the market at $2.6 trillion to $4.4 trillion a year, a midpoint of about $3.5 trillion.')).toEqual([]);
  });
});

describe('the margin stays', () => {
  it('for a total above the parts it lists, which may count parts left out', () => {
    expect(sums('Acme put $1 billion into Beta in 2019 and $10 billion in 2023, about $11.8 billion in all.')).toEqual([]);
    expect(sums('Acme在2019年向Beta投资10亿美元，2023年投资100亿美元，合计约118亿美元。')).toEqual([]);
  });

  it('for an unhedged result, whose interval is only its rounding', () => {
    expect(growth('Acme stock went from $116.2 to $131.5, up 13.6%.')).toEqual([]);
  });
});
