/**
 * A growth rate's base is never a difference written just before it: in "明年比今年多出约100亿元，增幅不到7%"
 * the 100亿元 is the increment, and the rate is over this year's level, not over the increment
 * (growth.ts statedDifference, read by periodPair.ts and paragraphChange.ts; it shares the binder's reading
 * in riseWording.ts, 比…多Z included). A rate right after a level is still checked.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const growthFlags = (text: string) => arithFlags(text, 'arith.growth');

describe('a difference before a rate is its increment, not its base', () => {
  for (const text of [
    'Acme公司2026年资本开支计划为1,600亿元，2025年约为1,500亿元，明年比今年多出约100亿元，增幅不到7%。',
    'Acme公司2026年营收计划为1,600亿元，2025年为1,500亿元，2026年将比2025年增加约100亿元，增长不到7%。',
    // A bare 多 after 比 writes the gap too; the digit group's comma is no clause break.
    'Acme公司明年的营收计划为1,200亿元，比今年的1,000亿元多200亿元，增幅约20%。',
    'Acme公司明年的资本开支为1,200亿元，较今年的1,000亿元多约200亿元，增长约20%。',
  ]) {
    it(`${text} is not flagged`, () => expect(growthFlags(text)).toEqual([]));
  }
  it('near miss: a rate right after the later level is still checked', () => {
    expect(growthFlags('Acme公司2026年资本开支计划为1,600亿元，2025年为1,500亿元，增幅约20%。')).toEqual(['20%']);
  });
});

describe('an excess written earlier in the sentence is no level of the pair either', () => {
  for (const text of [
    'Meta 2024年比2023年多投了约100亿美元；今年指引的中值为650亿美元，比去年高出约65%。',
    'Meta 2024年比2023年多花了约100亿美元；今年指引的中值为650亿美元，比去年高出约65%。',
  ]) {
    it(`${text} is not flagged`, () => expect(growthFlags(text)).toEqual([]));
  }
});

describe('a value after a word of change in "B，较X上涨D" is by how much, not the baseline 较 names', () => {
  for (const text of [
    'Acme股份首个交易日收于58.6元，较招股价上涨6.6元，涨幅12.7%。',
    'Acme公司今年营收为120亿元，比上年增加20亿元，增幅约20%。',
  ]) {
    it(`${text} is not flagged`, () => expect(growthFlags(text)).toEqual([]));
  }
  it('near miss: a baseline written after 较 is still the base of the rate', () => {
    expect(growthFlags('Acme公司今年营收为120亿元，较上年的100亿元，增长约40%。')).toEqual(['40%']);
  });
});
