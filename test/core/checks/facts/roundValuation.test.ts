/**
 * A round's name alone ("round", "Series D", C轮) says which round, not which of its figures: a figure
 * bound to the amount raised by it keeps the valuation as its other reading (bind/roundEventWord.ts), and
 * a value that is, as written, the same round's valuation is supported, never a wrong metric or a wrong
 * scale of the amount raised (checks/facts/roundValuation.ts). Words of raising still name the amount.
 * Bundled facts: SSI raised $1B at ~$5B (Sept 2024) and $2B at $32B (Apr 2025); Harvey's Series D was
 * $300M at $3B (Feb 2025), and it was valued at $8B in Oct 2025.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { analyzedClaim } from '../../bind/helpers';

const DATE = '2025-11-20';

describe('a figure under a round\'s name that is the round\'s valuation', () => {
  it('in a table headed only by "round": no wrong metric, no wrong scale', () => {
    const table = [
      '| Startup | Previous round | Most recent round |',
      '|---|---|---|',
      '| Safe Superintelligence | $5bn (Sept 2024) | $32bn (Apr 2025) |',
      '| Harvey | $3bn (Feb 2025) | $8bn (Oct 2025) |',
    ].join('\n');
    expect(draftFindings(table, DATE)).toEqual([]);
    expect(analyzedClaim(table, '$3bn', DATE)?.metric).toMatchObject({ value: 'funding.raised', alternative: 'valuation' });
  });

  it('in prose, English and Chinese', () => {
    expect(draftFindings("Harvey's Series D, in February 2025, came to $3 billion.", DATE)).toEqual([]);
    expect(draftFindings('Harvey在2025年2月的D轮为30亿美元。', DATE)).toEqual([]);
  });

  it('near misses: words of raising name the amount; a figure that is neither still warns', () => {
    // The raise was $300M and the valuation $3B: the amount written is the other measure, not a slip of
    // scale (checks/facts/otherMeasureAsWritten.ts), so it warns as the wrong metric.
    expect(draftFindings('In February 2025 Harvey raised $3 billion in its Series D.', DATE)).toEqual(['$3 billion fact.wrong-metric warning']);
    const neither = ['| Startup | Previous round |', '|---|---|', '| Harvey | $30bn (Feb 2025) |'].join('\n');
    expect(draftFindings(neither, DATE).length).toBe(1);
  });
});
