/**
 * A level (a valuation multiple) filed under the span it was read in ("as of early 2024") is on record
 * from the day a source reported it, though the span has not ended: a draft of that week quoting it is
 * judged against it, here for its credit. Before the report, nothing is on record. Bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

describe('a level reported before the span it is filed under ends', () => {
  it('decides the credit of a draft written after the report (English)', () => {
    expect(flagged('PitchBook estimates that Cohere is now valued at roughly 100 times revenue.', '2024-03-29')).toEqual(['100 times fact.misattributed']);
  });

  it('and in Chinese', () => {
    expect(flagged('据PitchBook估算,Cohere目前的估值约为其收入的100倍。', '2024-03-29')).toEqual(['100倍 fact.misattributed']);
  });

  it('supports the credit of the firm on record', () => {
    expect(flagged('CB Insights estimates that Cohere is now valued at roughly 100 times revenue.', '2024-03-29')).toEqual([]);
  });

  it('is not on record before it was reported', () => {
    expect(flagged('PitchBook estimates that Cohere is now valued at roughly 100 times revenue.', '2024-03-20')).toEqual([]);
  });
});
