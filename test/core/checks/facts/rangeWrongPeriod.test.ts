/**
 * A range is weak evidence of another period (wrongPeriod.ts rangeSinglesOut): a written band that
 * merely holds another period's figure, or a figure that merely lies inside another period's band on
 * record, is not that period's figure. A narrow range around it, or a figure restating a band's end or
 * midpoint, still is. Bundled facts: Nvidia revenue $13.5B for Q2 FY2024; McKinsey's 2023 estimate of
 * $2.6T–$4.4T a year.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-11-20';

describe('a written range that merely holds another period\'s figure', () => {
  it('a wide band of estimates is not that figure', () => {
    expect(draftFindings('Analysts estimated Nvidia\'s revenue at $12-15 billion in 2024.', DATE)).toEqual([]);
  });

  it('near miss: a narrow range around it still is', () => {
    expect(draftFindings('Nvidia\'s revenue was $13.4-13.6 billion in 2024.', DATE)).toEqual(['$13.4-13.6 billion fact.wrong-period warning']);
  });

  it('near miss: the other period\'s band written again is that band', () => {
    expect(draftFindings('McKinsey estimated in 2021 that generative AI could add $2.6 trillion to $4.4 trillion a year in value.', DATE)).toEqual([
      '$2.6 trillion to $4.4 trillion fact.wrong-period warning',
    ]);
  });
});

describe('a figure inside another period\'s band on record', () => {
  it('en: a figure between the ends is not the band\'s', () => {
    expect(draftFindings('McKinsey estimated in 2021 that generative AI could add $3.1 trillion a year in value.', DATE)).toEqual([]);
  });

  it('zh: a figure between the ends is not the band\'s', () => {
    expect(draftFindings('麦肯锡2021年估计，生成式AI每年可创造3.1万亿美元的价值。', DATE)).toEqual([]);
  });

  it('near miss: a figure restating one end is that band\'s, in either language', () => {
    expect(draftFindings('McKinsey estimated in 2021 that generative AI could add $4.4 trillion a year in value.', DATE)).toEqual(['$4.4 trillion fact.wrong-period warning']);
    expect(draftFindings('麦肯锡2021年估计，生成式AI每年可创造4.4万亿美元的价值。', DATE)).toEqual(['4.4万亿美元 fact.wrong-period warning']);
  });
});
