/**
 * "In Q4 it booked $6.1 billion, up 30%": a quarter's rate with no base named is year over year; the quarter
 * before is its base only when the words say so (quarterBase.ts).
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const growth = (text: string) => arithFlags(text, 'arith.growth');
const q3 = 'In Q3 2024 Acme had cloud revenue of $5.2 billion. ';
const q3zh = 'Acme的2024年三季度云收入为52亿美元。';

describe('a bare rate on a quarter is not over the quarter before', () => {
  it('English: the previous sentence\'s quarter is no base for "up 30%"', () => {
    expect(growth(`${q3}In Q4 2024 Acme booked cloud revenue of $6.1 billion, up 30%.`)).toEqual([]);
  });
  it('Chinese: 上一季度的数字不是“增长30%”的基数', () => {
    expect(growth(`${q3zh}2024年四季度Acme云收入61亿美元，增长30%。`)).toEqual([]);
  });
  it('in one sentence too, two back-to-back quarters are no pair for a bare rate', () => {
    expect(growth('Acme cloud revenue was $5.2 billion in Q3 2024 and $6.1 billion in Q4 2024, up 30%.')).toEqual([]);
  });
  it('words that make the quarter before the base still pair them', () => {
    expect(growth(`${q3}In Q4 2024 Acme booked cloud revenue of $6.1 billion, up 30% sequentially.`)).toEqual(['30%']);
    expect(growth(`${q3zh}2024年四季度Acme云收入61亿美元，环比增长30%。`)).toEqual(['30%']);
    expect(growth(`${q3zh}2024年四季度Acme云收入61亿美元，较上季度增长30%。`)).toEqual(['30%']);
    expect(growth('Acme cloud revenue was $5.2 billion in Q3 2024 and $6.1 billion in Q4 2024, up 30% quarter over quarter.')).toEqual(['30%']);
  });
  it('years, and the same quarter a year apart, are still compared', () => {
    expect(growth('Acme cloud revenue was $5.2 billion in 2023 and $6.1 billion in 2024, up 30%.')).toEqual(['30%']);
    expect(growth(`In Q4 2023 Acme had cloud revenue of $5.2 billion. In Q4 2024 Acme booked cloud revenue of $6.1 billion, up 30%.`)).toEqual(['30%']);
  });
});
