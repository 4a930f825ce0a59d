/**
 * A baseline in brackets right after the figure it is compared with ("$107.6 billion of AWS sales (up from
 * roughly $90 billion)") is of an earlier moment the text does not place: with no period of its own it
 * binds no measure, so neither the latest fact nor the company named after the bracket judges it
 * (bind/index.ts). Bundled facts: AWS 2024 revenue $108B; Amazon 2024 net sales $638B.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../helpers/draftFindings';
import { analyzedClaim } from './helpers';

const DATE = '2025-03-01';

describe('an undated baseline in brackets is not judged against the latest figure', () => {
  it('"(up from about $91 billion)" after a segment figure, with the company named after the bracket', () => {
    for (const text of [
      'Over the whole year, $107.6 billion of AWS revenue (up from about $91 billion) made up 17% of the $638 billion Amazon sold.',
      "AWS took in $107.6 billion (up from about $91 billion), some 17% of Amazon's $638 billion of net sales.",
    ]) {
      expect(analyzedClaim(text, '$91 billion', DATE)?.metric, text).toBeUndefined();
      expect(draftFindings(text, DATE), text).toEqual([]);
    }
  });
  it('near misses: the figure before the bracket keeps its measure, and so does a dated baseline', () => {
    const text = "AWS took in $107.6 billion (up from about $91 billion), some 17% of Amazon's net sales.";
    expect(analyzedClaim(text, '$107.6 billion', DATE)?.metric?.value).toBe('revenue');
    const dated = 'AWS took in $107.6 billion in 2024 (up from about $91 billion in 2023).';
    expect(analyzedClaim(dated, '$91 billion', DATE)?.metric?.value).toBe('revenue');
  });
});
