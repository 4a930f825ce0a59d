/**
 * "the last quarter of FY2025", "the final quarter of fiscal 2024": the fiscal year's fourth quarter, not
 * the whole year (periodPatternsEn.ts). Bundled facts: Nvidia revenue, $39.3B in Q4 FY2025 and $130.5B in FY2025.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers/flagged';
import { periodLabel } from '../../helpers/claimPeriod';

const DATE = '2025-06-01';

describe('the last quarter of a fiscal year', () => {
  it.each([
    "Nvidia's revenue in the final quarter of fiscal 2025 came to $39.3 billion.",
    'Nvidia closed the last quarter of FY2025 with $39.3 billion of revenue.',
  ])('%s', (text) => {
    expect(periodLabel(text, DATE, '$39.3 billion')).toBe('Q4 FY2025');
    expect(flagged(text, DATE)).toEqual([]);
  });

  it('near miss: the whole fiscal year is still another period', () => {
    expect(flagged("Nvidia's revenue in fiscal 2025 came to $39.3 billion.", DATE)).toEqual(['$39.3 billion fact.wrong-period']);
  });
});
