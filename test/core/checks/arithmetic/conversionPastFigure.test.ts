/**
 * A conversion clause after a clause with a figure that is no money (conversionPastFigure.ts): the last
 * amount of the other currency before it is the one converted.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const flags = (text: string) => arithFlags(text, 'arith.currency');

describe('a growth rate or share between the amount and its conversion', () => {
  it('converts the amount before the percent', () => {
    // 80 × 7.1234 = 569.9
    expect(flags('某芯片公司季度营收80亿美元，环比增长12%，按季末汇率7.1234折算约570亿元。')).toEqual([]);
    expect(flags('某芯片公司季度营收80亿美元，环比增长12%，按季末汇率7.1234折算约620亿元。')).toEqual(['620亿元']);
  });
  it('a label pointing back at the amount ("这笔融资") is filler', () => {
    // 3.5 × 7.1234 = 24.9
    expect(flags('某机器人公司以20亿美元估值融资3.5亿美元，约占估值的17.5%；按年末中间价7.1234折算，这笔融资约合25亿元。')).toEqual([]);
    expect(flags('某机器人公司以20亿美元估值融资3.5亿美元，约占估值的17.5%；按年末中间价7.1234折算，这笔融资约合31亿元。')).toEqual(['31亿元']);
  });
  it('near miss: a label naming another measure leaves the source unknown', () => {
    expect(flags('某芯片公司季度营收80亿美元，环比增长12%，按季末汇率7.1234折算，利润约合150亿元。')).toEqual([]);
  });
  it('near miss: a clause that is no conversion is not read as one', () => {
    expect(flags('某芯片公司季度营收80亿美元，环比增长12%，国内业务收入约620亿元。')).toEqual([]);
  });
});
