/**
 * A written range is weak evidence of another period (wrongPeriod.ts rangeSinglesOut): a band that
 * merely holds another period's figure is not that period's figure. A narrow range around it, or the
 * other period's band written again, still is. Bundled facts: Nvidia revenue $13.5B for Q2 FY2024; McKinsey's 2023 estimate of
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
