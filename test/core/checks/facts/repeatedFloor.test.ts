/**
 * A floor that repeats a revision's own floor is that revision (guidance.ts repeatsFloor): "more than
 * $4 billion" said after the guidance was raised to "over $4.5 billion" is out of date, though an open
 * bound meets every higher floor. Bundled facts: AMD's 2024 data-centre GPU (MI300) revenue guidance,
 * over $2B (Oct 2023), $3.5B (Jan 2024), $4B (Apr), $4.5B (Jul), $5B (Oct 2024).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from '../../bind/flaggedClaim';

describe('a floor that repeats a superseded revision', () => {
  it('is stale once a higher floor was given by the draft\'s date (English)', () => {
    expect(flaggedClaim('AMD now expects more than $4 billion of data-center GPU sales.', '$4 billion', '2024-10-25').verdicts).toEqual(['stale']);
  });

  it('and in Chinese', () => {
    expect(flaggedClaim('公司目前预计MI300收入超过40亿美元。', '40亿美元', '2024-10-25').verdicts).toEqual(['stale']);
  });

  it('a revision given in the draft\'s own month does not hide the one given before it', () => {
    // October's raise may come after a draft of 25 October; July's had come before it.
    expect(flaggedClaim('MI300今年的收入预计超过40亿美元。', '40亿美元', '2024-10-25').verdicts).toEqual(['stale']);
  });

  it('near miss: the latest floor, or the floor current at the draft\'s date, is not stale', () => {
    expect(flaggedClaim('AMD now expects more than $4.5 billion of data-center GPU sales.', '$4.5 billion', '2024-10-25').verdicts).toEqual([]);
    expect(flaggedClaim('AMD now expects more than $4 billion of data-center GPU sales.', '$4 billion', '2024-05-20').verdicts).toEqual([]);
  });

  it('near miss: a sentence that goes on to the raised floor tells history', () => {
    expect(flaggedClaim('AMD expected more than $3.5 billion of data-center GPU sales, then more than $4.5 billion.', '$3.5 billion', '2024-10-25').verdicts).toEqual([]);
    expect(flaggedClaim('公司最初预计MI300收入超过35亿美元，后来上调至超过45亿美元。', '35亿美元', '2024-10-25').verdicts).toEqual([]);
  });
});
