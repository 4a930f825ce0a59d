/**
 * 同年 / 同月 pointing back past a comparison's base (paragraphOffset.ts `measuredAgainst`): a date the
 * paragraph named only as what a figure is measured against ("是2022年的5倍", "比2023年增长") is no
 * second moment of the story, so the offset reads from the one date left. Two dates that are each a
 * moment of the story still leave it undated. Bundled facts: Zhipu AI's 2024 net loss ¥2.958B and its
 * 2024 R&D expense ¥2.195B (ZHIPU-FINANCIALS-2024).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../helpers/draftFindings';
import { analyzedClaim } from './helpers';

const DATE = '2026-02-01';

describe('同年 after a multiple\'s or a comparison\'s base year reads the story\'s year', () => {
  it.each(['智谱2024年的收入是2022年的5倍多。同年净亏损约29.6亿元。', '智谱2024年的收入比2023年高出一倍多。同年净亏损约29.6亿元。'])('%s', (text) => {
    expect(analyzedClaim(text, '29.6亿元', DATE)?.period?.value.label).toBe('2024');
    expect(draftFindings(text, DATE)).toEqual([]);
  });

  it('a figure of another measure of that year is now read against that year (wrong metric, a warning)', () => {
    expect(draftFindings('智谱2024年的收入是2022年的5倍多。同年研发投入29.58亿元。', DATE)).toEqual(['29.58亿元 fact.wrong-metric warning']);
  });
});

describe('near misses: the offset stays undated', () => {
  it('two years each told as a moment of the story may both be meant', () => {
    expect(analyzedClaim('智谱2023年推出新模型，2024年收入大增。同年净亏损约29.6亿元。', '29.6亿元', DATE)?.period).toBeUndefined();
  });

  it('two years after a base year still leave two moments', () => {
    expect(analyzedClaim('智谱2023年推出新模型，2024年的收入是2022年的5倍多。同年净亏损约29.6亿元。', '29.6亿元', DATE)?.period).toBeUndefined();
  });
});
