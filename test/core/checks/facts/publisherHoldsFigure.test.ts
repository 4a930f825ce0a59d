/**
 * A figure the named publisher does report for the claim's entity and metric, at another time, is not
 * misplaced credit (verdicts/supported.ts, and slips.ts when no metric is bound): at most the claim
 * names another period, which the period steps judge. Bundled facts: Perplexity raised $500M in
 * November 2024 (reported by CNBC) and another $500M in mid-2025 (reported by the Wall Street Journal).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

const DATE = '2025-09-01';

describe('the named publisher reports the same figure for another period: not misattributed', () => {
  itIsSilent(
    [
      ['According to the Wall Street Journal, Perplexity raised $500 million in November 2024.', '$500 million'],
      ['据《华尔街日报》报道，Perplexity在2024年11月融资5亿美元。', '5亿美元'],
      ['Perplexity raised $500 million at a $9 billion valuation in November 2024. This summer, according to the Wall Street Journal, it was closing another $500 million at $14 billion.', '$500 million'],
      ['According to the Wall Street Journal, Perplexity got $500 million in November 2024.', '$500 million'],
    ],
    DATE,
  );
});

describe('near misses: a publisher with no such figure on record is still misattributed', () => {
  it('Bloomberg, which reported neither round (en)', () => {
    expect(flaggedClaim('According to Bloomberg, Perplexity raised $500 million in November 2024.', '$500 million', DATE).verdicts).toEqual(['misattributed']);
  });

  it('彭博社 (zh)', () => {
    expect(flaggedClaim('据彭博社报道，Perplexity在2024年11月融资5亿美元。', '5亿美元', DATE).verdicts).toEqual(['misattributed']);
  });

  it('with no metric bound (slips.ts)', () => {
    expect(flaggedClaim('According to Bloomberg, Perplexity got $500 million in November 2024.', '$500 million', DATE).verdicts).toEqual(['misattributed']);
  });

  it('a figure the named publisher never reported is still contradicted', () => {
    expect(flaggedClaim('According to the Wall Street Journal, Perplexity raised $600 million in November 2024.', '$600 million', DATE).verdicts).toEqual(['contradicted']);
  });
});
