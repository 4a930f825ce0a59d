/**
 * Month-to-year restatements named by their verb or factor: "$X a month annualises to $Y" (annualized.ts,
 * the verb makes Y a yearly amount) and a sentence opening "Times 12, that is …" / "乘以12，…" after a
 * month's amount (pace.ts); "$X a month each, which is $Y per seat per year" (annualized.ts).
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const flags = (text: string) => arithFlags(text, 'arith.annualized');

describe('"annualises to" makes a yearly amount', () => {
  it('checks the year against twelve months', () => {
    expect(flags('Its API business brought in $250 million a month, which annualizes to $3 billion.')).toEqual([]);
    expect(flags('Its API business brought in $250 million a month annualised to $3.5 billion.')).toEqual(['$3.5 billion']);
    expect(flags('May revenue of $80 million a month annualises at $960 million.')).toEqual([]);
  });
  it('near miss: "annualised" as an adjective of the same amount is no second amount', () => {
    expect(flags('Its annualised revenue was $3 billion in May, up from $2 billion.')).toEqual([]);
  });
});

describe('"Times 12" opening the next sentence', () => {
  it('restates the month amount the sentence before wrote', () => {
    expect(flags('The startup said monthly revenue was $50 million in March. Times 12, that is a run-rate of $600 million.')).toEqual([]);
    expect(flags('The startup said monthly revenue was $50 million in March. Times 12, that is a run-rate of $800 million.')).toEqual(['$800 million']);
    expect(flags('该公司3月的月收入为5000万美元。乘以12，年化收入约6亿美元。')).toEqual([]);
    expect(flags('该公司3月的月收入为5000万美元。乘以12，年化收入约8亿美元。')).toEqual(['8亿美元']);
  });
  it('near miss: "times" elsewhere in the sentence is no pace word', () => {
    expect(flags('The startup said monthly revenue was $50 million in March. Its valuation is 12 times the $800 million raised.')).toEqual([]);
  });
});

describe('a price per person a month restated per person a year', () => {
  it('reads "each" before the restatement as the person the year price names', () => {
    expect(arithFlags('Four editors keep the Max plan at $100 a month each, which is $1,200 per seat per year.', 'arith.annualized')).toEqual([]);
    expect(arithFlags('Four editors keep the Max plan at $100 a month each, which is $1,000 per seat per year.', 'arith.annualized')).toEqual(['$1,000']);
    expect(arithFlags('The Max plan is $100 a month, or $1,000 per user a year.', 'arith.annualized')).toEqual(['$1,000']);
  });
  it('near miss: "each" with a yearly amount that names no person may be the group\'s total', () => {
    expect(arithFlags('Two teams pay $100 a month each, which is $2,400 a year.', 'arith.annualized')).toEqual([]);
  });
});

