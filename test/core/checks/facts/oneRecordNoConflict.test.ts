/**
 * Two figures of one source's record for one period (a total and its part, an issue price and a close)
 * are no disagreement of sources (verdicts/supported.ts): a figure that matches one of them is supported,
 * with no "sources disagree" note. Bundled facts: Zhipu AI's 2024 R&D expense ¥2.195B and its compute
 * part ¥1.553B, one prospectus record (ZHIPU-FINANCIALS-2024).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2026-02-01';
const ALL = ['error', 'warning', 'information'] as const;

describe('a record\'s total and its part do not disagree', () => {
  it.each(['智谱2024年研发投入约21.95亿元，其中用于算力的约15.53亿元。', 'In 2024 Zhipu AI spent 2.195 billion yuan on R&D.'])('%s', (text) => {
    expect(draftFindings(text, DATE, [...ALL])).toEqual([]);
  });

  it('near miss: a figure matching neither is still contradicted', () => {
    expect(draftFindings('智谱2024年研发投入约35亿元。', DATE, [...ALL])).toEqual(['35亿元 fact.value-mismatch error']);
  });
});
