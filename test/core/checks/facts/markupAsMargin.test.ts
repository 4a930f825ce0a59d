/**
 * A markup on cost written as a margin on revenue is another measure's figure (metricMixups.ts: profit
 * margin and cost profit margin are confusable). Bundled facts: DeepSeek's one-day inference snapshot of
 * 27–28 February 2025, theoretical revenue $562,027, cost $87,072, a cost profit margin of 545%.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

const DATE = '2025-06-01';

describe('a cost profit margin stated as a gross margin', () => {
  it('en, undated, with the snapshot\'s revenue in the sentence', () => {
    expect(flaggedClaim("DeepSeek put a day's theoretical revenue at $562,027 and its gross margin at 545%.", '545%', DATE).verdicts).toEqual(['wrong-metric']);
  });

  it('zh, undated, with the snapshot\'s revenue in the sentence', () => {
    expect(flaggedClaim('DeepSeek公布的单日理论收入为562,027美元，毛利率为545%。', '545%', DATE).verdicts).toEqual(['wrong-metric']);
  });
});

describe('near misses', () => {
  itIsSilent(
    [
      ["DeepSeek put a day's theoretical revenue at $562,027 and its cost profit margin at 545%.", '545%'],
      ['DeepSeek公布的单日理论收入为562,027美元，成本利润率为545%。', '545%'],
    ],
    DATE,
  );

  it('a margin with no figure of the snapshot beside it stays undated', () => {
    expect(flaggedClaim('DeepSeek once claimed a gross margin of 545%.', '545%', DATE).verdicts).toEqual([]);
  });
});
