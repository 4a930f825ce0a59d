/**
 * "…, two years after it raised $300 million": a time offset ("years after", "months later") places the
 * figure in the past on purpose, so an older figure there is a comparison, not stale. A figure with no
 * such words is still stale. With the bundled facts (Anthropic: $300M at $4.1B in March 2023; $3.5B at
 * $61.5B in March 2025).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

const DATE = '2025-03-05';

describe('an offset in time compares on purpose', () => {
  it.each([
    "Anthropic's new round, $3.5 billion at $61.5 billion, came two years after it raised $300 million at $4.1 billion.",
    'Anthropic raised $3.5 billion, two years after a round that valued it at $4.1 billion.',
    'Anthropic had raised $300 million at $4.1 billion; two years later it raised $3.5 billion.',
  ])('English: %s', (sentence) => {
    expect(flagged(sentence, DATE)).toEqual([]);
  });

  it('still calls an older figure with no comparison stale', () => {
    expect(flagged('Anthropic is valued at $4.1 billion.', DATE)).toEqual(['$4.1 billion fact.stale']);
  });
});
