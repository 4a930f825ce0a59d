/**
 * Parts of a total are of the total's measure when the bindings say so: a round's valuation ("at $8
 * billion") is not part of the money the rounds raised, a segment's revenue is part of revenue.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';

function sums(text: string): string[] {
  return check(text, { date: '2025-06-01' })
    .findings.filter((f) => f.check === 'arith.sum' && (f.severity === 'warning' || f.severity === 'error'))
    .map((f) => f.text);
}

describe('a valuation is not a part of the money raised', () => {
  it('two rounds "together" leave the valuation out (English)', () => {
    expect(sums('In March the startup raised $500 million at an $8 billion valuation. In May it raised $700 million at $12 billion. Together the two rounds brought in $1.2 billion.')).toEqual([]);
  });

  it('and in Chinese', () => {
    expect(sums('3月公司融资5亿美元。5月又以120亿美元估值融资7亿美元。两轮合计融资12亿美元。')).toEqual([]);
  });

  it('still flags rounds that do not add up to the total, the valuation left out', () => {
    expect(sums('3月公司融资5亿美元,5月又以120亿美元估值融资7亿美元。两轮合计融资15亿美元。')).toEqual(['15亿美元']);
  });

  it('still flags amounts without bound metrics that do not add up', () => {
    expect(sums('It spent $2 billion on chips and $3 billion on power, which adds up to $6 billion.')).toEqual(['$6 billion']);
  });
});

// When the total names no measure, parts of mixed measures or a subset adding up leave the sum silent (uncertainParts.ts).
describe('a sum over parts of mixed measures says nothing', () => {
  it('a valuation between a raise and a debt facility is not a part (English)', () => {
    expect(sums('In December the lab raised $8 billion of equity at a $90 billion valuation, plus $4.5 billion of debt, $12.5 billion in all.')).toEqual([]);
  });

  it('and in Chinese', () => {
    expect(sums('该公司去年12月宣布：股权融资80亿美元，投后估值900亿美元，另加45亿美元债务融资，合计125亿美元。')).toEqual([]);
  });

  it('some of the listed amounts adding up to the total is not an error', () => {
    expect(sums('It spent $2 billion on chips, $1 billion on land and $3 billion on power; chips and power came to $5 billion in all.')).toEqual([]);
  });

  it('still flags like parts that do not add up', () => {
    expect(sums('In December the lab raised $8 billion of equity, plus $4.5 billion of debt, $14 billion in all.')).toEqual(['$14 billion']);
    expect(sums('该公司去年12月宣布：股权融资80亿美元，另加45亿美元债务融资，合计140亿美元。')).toEqual(['140亿美元']);
  });
});
