/**
 * An economy-wide estimate is filed under whoever made it. A draft that credits it to another
 * estimator with no figure of that metric on record misplaces the credit; the estimator on record, a
 * value no one on record estimated, or a credited estimator with figures of its own raise nothing.
 * Bundled facts (Acemoglu's ten-year GDP estimate, about 0.9–1.1%).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

describe("another estimator's figure credited to a bank or a consultancy", () => {
  it('is misattributed (Chinese)', () => {
    expect(flagged('在悲观者看来,高盛认为人工智能在十年内只能让GDP增加0.9%。', '2025-01-15')).toEqual(['0.9% fact.misattributed']);
  });

  it('and in English', () => {
    expect(flagged("Goldman Sachs's estimate is that AI adds just 0.9% to GDP within ten years.", '2025-01-15')).toEqual(['0.9% fact.misattributed']);
  });

  it('near miss: the estimator on record', () => {
    expect(flagged('Acemoglu expects AI to add only about 0.9% to GDP over ten years.', '2025-01-15')).toEqual([]);
  });

  it('near miss: a value nobody on record estimated', () => {
    expect(flagged('高盛认为人工智能在十年内将让GDP增加7%。', '2025-01-15')).toEqual([]);
  });

  it('near miss: written before the estimate was reported', () => {
    expect(flagged("Goldman Sachs's estimate is that AI adds just 0.9% to GDP within ten years.", '2024-01-15')).toEqual([]);
  });
});
