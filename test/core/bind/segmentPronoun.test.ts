/**
 * "the segment" points back at the business just named, as "it" does (bind/mentions.ts EN_PRONOUN,
 * resolved by coreference.ts): without it, a draft's title company took the figure, and Google Cloud's
 * revenue read as Alphabet's was the wrong metric. Bundled facts: Google Cloud revenue $43.2B in 2024.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const DRAFT = '2025-12-08';

describe('"the segment" is the business the paragraph named', () => {
  it('takes the unit named before it, not the title\'s company', () => {
    const text = "---\ntitle: Alphabet's AI scale, checked\n---\n# Alphabet\n\nGoogle Cloud is the part that shows up in revenue. In the fourth quarter of 2024 it took in $11.955 billion. For the full year the segment reported $43.2 billion of revenue.";
    const { claim, verdicts } = flaggedClaim(text, '$43.2 billion', DRAFT);
    expect(claim?.entity?.value).toBe('google-cloud');
    expect(verdicts).toEqual([]);
  });

  it('near miss: "segment" without "the" before it names no business', () => {
    const text = "---\ntitle: Alphabet's AI scale, checked\n---\n# Alphabet\n\nGoogle Cloud is the part that shows up in revenue. Segment revenue for 2024 was $43.2 billion.";
    expect(flaggedClaim(text, '$43.2 billion', DRAFT).claim?.entity?.value).not.toBe('google-cloud');
  });
});
