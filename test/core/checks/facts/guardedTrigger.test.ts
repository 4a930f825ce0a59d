/**
 * A word that names a metric only in context (`guardedTriggers` in metrics.yaml): "on a hit", "(hit)",
 * 命中 name the cached-input price in a sentence that names a cache or a miss. The figure they name is
 * not called the cached price "not the input price" (guardedTrigger.ts, read by the wrong-metric steps).
 * Bundled facts: DeepSeek-R1 input $0.55 (cache miss), $0.14 (cache hit), output $2.19.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-11-20';
const WRONG_METRIC = (text: string) => [`${text} fact.wrong-metric warning`];

describe('the hit price named by its own words is no wrong metric', () => {
  it('en: "on a cache miss … on a hit"', () => {
    expect(draftFindings('DeepSeek-R1 input is $0.55 on a cache miss and $0.14 on a hit.', DATE)).toEqual([]);
  });

  it('en: "(cache miss)", "(hit)" in a price list', () => {
    expect(draftFindings('DeepSeek-R1 lists $0.55 input (cache miss), $0.14 (hit) and $2.19 output.', DATE)).toEqual([]);
  });

  it('zh: 缓存未命中…、命中…', () => {
    expect(draftFindings('DeepSeek-R1的输入价格为缓存未命中0.55美元、命中0.14美元。', DATE)).toEqual([]);
  });

  it('near miss: with no word for the hit price the figure keeps its finding', () => {
    expect(draftFindings('DeepSeek-R1\'s input price is $0.14.', DATE)).toEqual(WRONG_METRIC('$0.14'));
    expect(draftFindings('DeepSeek-R1的输入价格为0.14美元。', DATE)).toEqual(WRONG_METRIC('0.14美元'));
  });

  it('near miss: "hit" in a sentence that names no cache nor miss is an ordinary verb', () => {
    expect(draftFindings('DeepSeek-R1\'s input price hit $0.14.', DATE)).toEqual(WRONG_METRIC('$0.14'));
  });

  it('near miss: the word names the figure nearest to it, and 未命中 is the miss', () => {
    expect(draftFindings('DeepSeek-R1 input is $0.55 on a hit and $0.14 on a cache miss.', DATE)).toEqual(WRONG_METRIC('$0.14'));
    expect(draftFindings('DeepSeek-R1的输入价格为缓存命中0.55美元、未命中0.14美元。', DATE)).toEqual(WRONG_METRIC('0.14美元'));
  });
});
