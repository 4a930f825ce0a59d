/**
 * A figure told of a past round or deal ("that round", "the deal", 那一轮, 该轮, 上一轮, "at the time") is
 * that moment's figure: a newer valuation on record does not make it stale (pastMoment.ts). The same
 * figure stated as current ("is valued at", 目前) still is. Bundled facts: OpenAI's October 2024 round at
 * $157B post-money, then $300B (March 2025) and $500B (October 2025).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-11-20';

describe('a figure of a past round or deal is not stale', () => {
  it('zh: a round pointed back at (那一轮, 该轮, 上一轮)', () => {
    expect(draftFindings('OpenAI那一轮投前估值1500亿美元，加上新钱66亿美元，正好是投后的1570亿美元。', DATE)).toEqual([]);
    expect(draftFindings('OpenAI该轮投后估值1570亿美元。', DATE)).toEqual([]);
    expect(draftFindings('OpenAI上一轮的投后估值为1570亿美元。', DATE)).toEqual([]);
  });

  it('en: "that round", "the deal", "its previous round"', () => {
    expect(draftFindings('In that round OpenAI was valued at $157 billion after the money.', DATE)).toEqual([]);
    expect(draftFindings("OpenAI's previous round valued it at $157 billion.", DATE)).toEqual([]);
  });

  it('near miss: the same figure stated as the current level is still stale', () => {
    expect(draftFindings('OpenAI is valued at $157 billion.', DATE)).toEqual(['$157 billion fact.stale warning']);
    expect(draftFindings('OpenAI目前估值1570亿美元。', DATE)).toEqual(['1570亿美元 fact.stale warning']);
  });

  it('near miss: a present marker in the figure\'s own clause outweighs a round named elsewhere in the sentence', () => {
    expect(draftFindings('OpenAI那一轮融资66亿美元，目前估值1570亿美元。', DATE)).toEqual(['1570亿美元 fact.stale warning']);
  });
});
