/**
 * A sentence of conversions split by semicolons, each opening with its own rate, converts the sentence
 * before's amount once per part, each at its own rate (semicolonConversions.ts); the whole sentence, with
 * two rates and two results, found no single source.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const flags = (text: string) => arithFlags(text, 'arith.currency');

describe('conversions split by semicolons, each at its own rate', () => {
  it('checks the second part at its own rate', () => {
    expect(flags('某公司季度营收350亿美元。按10月均价7.09折算约2480亿元；按第四季度平均价7.19折算，约合2900亿元。')).toEqual(['2900亿元']);
    expect(flags('某公司季度营收350亿美元。按10月均价7.09折算约2480亿元；若按第四季度平均价7.19折算，约2900亿元。')).toEqual(['2900亿元']);
    expect(flags('某公司季度营收350亿美元。按10月均价7.09折算约2900亿元；按第四季度平均价7.19折算，约合2520亿元。')).toEqual(['2900亿元']);
  });
  it('near miss: each part right at its own rate is not flagged', () => {
    expect(flags('某公司季度营收350亿美元。按10月均价7.09折算约2480亿元；若按第四季度平均价7.19折算，约2520亿元。')).toEqual([]);
  });
  it('near miss: a part that converts an amount of its own is left to the other readings', () => {
    expect(flags('某公司季度营收350亿美元。其中云业务100亿美元，按7.09折算约709亿元；按7.19折算，约合900亿元。')).toEqual([]);
  });
});
