/**
 * "the final quarter of last year" is that year's fourth quarter (bind/periodPatternsEn.ts), as "the
 * final quarter of 2024" already was; read alone, "last year" made a quarter's figure a whole year's.
 */
import { describe, expect, it } from 'vitest';
import { periodSpanOf } from './helpers';

describe('the last or final quarter of a relative year', () => {
  it('is the fourth quarter of that year', () => {
    expect(periodSpanOf('In the final quarter of last year the unit booked sales of $30.1 billion.', '$30.1 billion', '2025-11-04')).toBe('2024-10-01..2024-12-31');
    expect(periodSpanOf("Amazon's cloud revenue came to $30.1 billion in the last quarter of this year.", '$30.1 billion', '2025-11-04')).toBe('2025-10-01..2025-12-31');
  });

  it('a bare relative year stays the year', () => {
    expect(periodSpanOf("Amazon's cloud revenue came to $110 billion last year.", '$110 billion', '2025-11-04')).toBe('2024-01-01..2024-12-31');
  });
});
