/**
 * A conversion at a rate written to three or more digits is the writer's own computation
 * (roundedHedge.computedResultInterval, currency.ts): a hedged two-digit result admits one unit of its last
 * digit, not ±10%, and an unhedged one gets no margin for rounding nobody wrote. Rates named by the time of
 * day or the end of a quarter ("季末午间价汇率", "月末收盘价") are rates as 汇率 is.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const flags = (text: string) => arithFlags(text, 'arith.currency');

describe('a precise rate makes the converted figure computed', () => {
  it('"约合" on two digits is rounding at the second digit', () => {
    // 45 × 7.183 = 323.2: "约320" rounds it, "约350" does not.
    expect(flags('某机器人公司融资45亿美元，按7.183的汇率约合320亿元。')).toEqual([]);
    expect(flags('某机器人公司融资45亿美元，按7.183的汇率约合350亿元。')).toEqual(['350亿元']);
  });
  it('a yearly price: 30 × 12 = 360 dollars at 7.215 is 2597 yuan, not "约2800元"', () => {
    expect(flags('某订阅服务一年360美元，按7.215的汇率计，约合2600元人民币。')).toEqual([]);
    expect(flags('某订阅服务一年360美元，按7.215的汇率计，约合2800元人民币。')).toEqual(['2800元人民币']);
  });
  it('an unhedged result a few percent off is flagged, not held at information', () => {
    // 1500 / 7.1234 = 210.6
    expect(flags('某公司季度营收1500亿元。按年末汇率7.1234折算，为217亿美元。')).toEqual(['217亿美元']);
    expect(flags('某公司季度营收1500亿元。按年末汇率7.1234折算，为211亿美元。')).toEqual([]);
  });
  it('near miss: a rough rate of two digits keeps the ±10% licence', () => {
    // 45 × 7.2 = 324: "约350" is within 10% of it.
    expect(flags('某机器人公司融资45亿美元，按7.2的汇率约合350亿元。')).toEqual([]);
  });
  it('near miss: a rate from the fact base, not written, keeps its spread', () => {
    expect(flags('2024年某机器人公司融资45亿美元，约合340亿元人民币。')).toEqual([]);
  });
});

describe('rates named by time of day or the end of a period', () => {
  it('"季末午间价汇率" and "月末收盘价" name the rate of an opening conversion', () => {
    expect(flags('某公司季度营收1500亿元。按季末午间价汇率7.1234折算，为211亿美元。')).toEqual([]);
    expect(flags('某公司季度营收1500亿元。按季末午间价汇率7.1234折算，为230亿美元。')).toEqual(['230亿美元']);
    expect(flags('某公司季度营收1500亿元。按月末收盘价7.1234折算，约合230亿美元。')).toEqual(['230亿美元']);
  });
});
