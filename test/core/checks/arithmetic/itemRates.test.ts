/**
 * A series whose every value carries its own rate ("$X in Q1 (up 8%), $Y in Q2 (up 11%)"): each rate is
 * its value's own change over an unwritten base, not the step between the items (checks/arithmetic/itemRates.ts,
 * read by periodPair.ts). A rate that says it is sequential, or items a year apart, are still checked.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const growth = (text: string) => arithFlags(text, 'arith.growth');

describe("a list whose values each carry a rate of their own", () => {
  it('reads each bracketed rate as its own value\'s (English)', () => {
    expect(growth('The unit took in $40 billion in Q1 FY2022 (up 8%), $41 billion in Q2 FY2022 (up 11%) and $43 billion in Q3 FY2022.')).toEqual([]);
  });

  it('and in Chinese', () => {
    expect(growth('该部门2022年第一季度收入400亿美元（增长8%），第二季度410亿美元（增长11%）。')).toEqual([]);
  });

  it('still reads the step when only the newer value has a rate', () => {
    expect(growth('The unit took in $40 billion in Q1 FY2022 and $41 billion in Q2 FY2022, up 11%.')).toEqual(['11%']);
  });

  it('still reads the step when the rate says it is sequential', () => {
    expect(growth('The unit took in $40 billion in Q1 FY2022 (up 8%) and $41 billion in Q2 FY2022, up 11% sequentially.')).toEqual(['11%']);
    expect(growth('该部门2022年第一季度收入400亿美元（增长8%），第二季度410亿美元，环比增长11%。')).toEqual(['11%']);
  });

  it('still reads the step between values a year apart (their year-on-year change is the step)', () => {
    expect(growth('The unit took in $40 billion in fiscal 2021 (up 8%) and $41 billion in fiscal 2022 (up 11%).')).toEqual(['11%']);
  });
});
