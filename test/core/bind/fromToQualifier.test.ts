/**
 * In a from–to pair a qualifier written only with the second figure (pre-money, 投前) is that figure's:
 * the first takes the measure, not the qualifier (fromToQualifier.ts). Bundled facts: Safe
 * Superintelligence valued at about $5B (September 2024) and $32B (April 2025), neither filed pre-money.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2025-06-01';

describe('a qualifier on the second figure of a from–to pair', () => {
  it('English: the first figure is a plain valuation, the second keeps its qualifier', () => {
    expect(draftFindings('Safe Superintelligence climbed from $5 billion in September 2024 to a $32 billion pre-money valuation in April 2025.', DATE)).toEqual([
      '$32 billion fact.wrong-metric warning',
    ]);
  });

  it('Chinese: 从…升至投前…', () => {
    expect(draftFindings('Safe Superintelligence的估值从2024年9月的50亿美元升至2025年4月的投前320亿美元。', DATE).filter((f) => f.startsWith('50亿美元'))).toEqual([]);
  });

  it('near miss: a qualifier written before the pair qualifies both figures', () => {
    expect(draftFindings("Safe Superintelligence's pre-money valuation rose from $5 billion in September 2024 to $32 billion in April 2025.", DATE)).toEqual([
      '$5 billion fact.wrong-metric warning',
      '$32 billion fact.wrong-metric warning',
    ]);
  });
});
