/**
 * Slips of scale a writer can make in the units written (checks/facts/verdicts/unitSlips.ts): M for B is
 * 1,000 and 万 for 亿 is 10,000, but English units have no 10,000 slip, and a percentage has no scale
 * word to slip at all. And a run-rate of a month is no figure of the year's total
 * (checks/facts/verdicts/wrongMetric.ts): the year's revenue is a sum, not a level that held in August.
 * Bundled facts: Anthropic's $61.5B post-money (March 2025), its 2023 enterprise LLM API share (12%),
 * OpenAI's 2024 revenue (~$3.7B).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

describe('slips of scale', () => {
  it('万 for 亿 in Chinese is 10,000', () => {
    expect(flagged('2025年3月，Anthropic完成E轮融资，投后估值615万美元。', '2025-04-01')).toEqual(['615万美元 fact.wrong-scale']);
  });
  it('no 10,000 slip in English units', () => {
    expect(flagged('In March 2025 Anthropic raised its Series E at a post-money valuation of $6.15 million.', '2025-04-01')).not.toContain('$6.15 million fact.wrong-scale');
  });
  it('M for B in English is 1,000', () => {
    expect(flagged('In March 2025 Anthropic raised its Series E at a post-money valuation of $61.5 million.', '2025-04-01')).toEqual(['$61.5 million fact.wrong-scale']);
  });
  it('no slip of 1,000 for a percentage', () => {
    expect(flagged('Anthropic’s share of enterprise LLM API usage is about 0.012%.', '2025-04-01')).not.toContain('0.012% fact.wrong-scale');
  });
});

describe('a run-rate of a month against the year’s revenue', () => {
  it('is not the other metric', () => {
    expect(flagged('OpenAI在2024年8月的月收入约为3亿美元，按年化计算约为36亿美元。', '2024-09-20')).toEqual([]);
  });
  it('a year’s revenue that is a December run-rate still is', () => {
    expect(flagged('OpenAI在2023年全年收入16亿美元。', '2024-03-01')).toEqual(['16亿美元 fact.wrong-metric']);
  });
});
