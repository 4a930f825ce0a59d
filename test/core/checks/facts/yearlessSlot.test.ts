/**
 * A month or quarter whose year the writer did not write ("第四财季", "the fourth quarter") is placed by
 * the binder from the draft's date: a figure that is right for the same quarter or month of another
 * year may be the writer's year, so the wrong period is told as information, not a warning
 * (checks/facts/findings.ts, bind/periods.ts marks such a quarter's year inferred). Bundled facts:
 * AI added 8 points to Azure's growth in Q4 FY2024 (April-June 2024); a draft of August 2025.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-08-05';
const informationToo = ['error', 'warning', 'information'] as const;

describe('a wrong period on a year the writer did not write', () => {
  it('is information when the figure is the same quarter of another year (zh, en)', () => {
    expect(draftFindings('微软的Azure增速里，第四财季AI贡献了8个百分点。', DATE)).toEqual([]);
    expect(draftFindings('微软的Azure增速里，第四财季AI贡献了8个百分点。', DATE, informationToo)).toEqual(['8个百分点 fact.wrong-period information']);
    expect(draftFindings("In Microsoft's fiscal fourth quarter, AI contributed 8 points of Azure growth.", DATE)).toEqual([]);
  });

  it('near miss: a year written with the quarter keeps the warning', () => {
    expect(draftFindings('微软2025财年第四财季，AI为Azure增长贡献了8个百分点。', DATE)).toEqual(['8个百分点 fact.wrong-period warning']);
  });

  it('is information for a quarter named by its last month with no year ("the June quarter")', () => {
    expect(draftFindings('In the June quarter, AI contributed 8 points of Azure growth at Microsoft.', DATE, informationToo)).toEqual(['8 points fact.wrong-period information']);
  });

  it('near miss: the June quarter with its year written keeps the warning', () => {
    expect(draftFindings('In the June 2025 quarter, AI contributed 8 points of Azure growth at Microsoft.', DATE)).toEqual(['8 points fact.wrong-period warning']);
  });

  // Bundled facts: Microsoft put about €15 million into Mistral AI, dated 29 February 2024.
  it('is information when the figure is dated on a day in that month of another year (en, zh)', () => {
    const date = '2025-10-20';
    expect(draftFindings('In February, Microsoft invested about €15 million in Mistral AI.', date, informationToo)).toEqual(['€15 million fact.wrong-period information']);
    expect(draftFindings('2月，微软向Mistral AI投资了约1500万欧元。', date, informationToo)).toEqual(['1500万欧元 fact.wrong-period information']);
  });

  it('near miss: the month with its year written keeps the warning', () => {
    expect(draftFindings('In February 2025, Microsoft invested about €15 million in Mistral AI.', '2025-10-20')).toEqual(['€15 million fact.wrong-period warning']);
    expect(draftFindings('2025年2月，微软向Mistral AI投资了约1500万欧元。', '2025-10-20')).toEqual(['1500万欧元 fact.wrong-period warning']);
  });
});

// Bundled facts: Claude 3.5 Sonnet's input price, $3 per million tokens, from its launch on 2024-06-20.
describe('a day that takes its year from another date of its sentence', () => {
  const DAY_DATE = '2024-07-12';
  it('is information when the figure is the same day of another year (zh, en)', () => {
    const zh = 'Anthropic于2023年3月4日发布Claude 3系列，6月20日又发布Claude 3.5 Sonnet，输入每百万tokens 3美元。';
    expect(draftFindings(zh, DAY_DATE)).toEqual([]);
    expect(draftFindings(zh, DAY_DATE, informationToo)).toEqual(['3美元 fact.wrong-period information']);
    const zh2 = 'Anthropic在2023年3月4日推出Claude 3，又于6月20日推出Claude 3.5 Sonnet，输入每百万tokens 3美元。';
    expect(draftFindings(zh2, DAY_DATE, informationToo)).toEqual(['3美元 fact.wrong-period information']);
  });

  it('near miss: the day with its own year written keeps the warning', () => {
    expect(draftFindings('2023年6月20日，Anthropic发布Claude 3.5 Sonnet，输入每百万tokens 3美元。', DAY_DATE)).toEqual(['3美元 fact.wrong-period warning']);
    expect(draftFindings('Claude 3.5 Sonnet, launched on June 20, 2023, costs $3 per million input tokens.', DAY_DATE)).toEqual(['$3 fact.wrong-period warning']);
  });
});
