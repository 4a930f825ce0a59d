/**
 * "guided $X for <period> in <month>": the month says when the guidance was given, the period written
 * between is what it guides for (bind/guidanceDate.ts FOR_PERIOD_TO_DATE_EN). And "the next year" after a
 * dated period is the year after it (periodPatternsEn.ts, an 'after' offset), not a stretch from today.
 */
import { describe, expect, it } from 'vitest';
import { periodSpanOf, periodsIn } from './helpers';

const DATE = '2025-09-15';
const Y2023 = '2023-01-01..2023-12-31';

describe('"guided X for the next year in March"', () => {
  it('the figure takes the year guided for, not the month the guidance was given in', () => {
    const text = 'The retailer booked $2.1 billion of capex in the last quarter of 2022, guided $9-10 billion for the next year in March, and raised it in June.';
    expect(periodSpanOf(text, '$9-10 billion', DATE)).toBe(Y2023);
    expect(periodSpanOf('Management guided $4 billion for 2026 in March.', '$4 billion', DATE)).toBe('2026-01-01..2026-12-31');
  });

  it('near misses: "guided X in March" with no period guided for keeps its month; "over the next year" is no year after', () => {
    expect(periodSpanOf('Management guided $4 billion in March.', '$4 billion', DATE)).toBe('2025-03-01..2025-03-31');
    expect(periodsIn('It earned $1 billion in 2022 and plans to double that over the next year.', DATE).map((p) => p[0])).toEqual(['2022']);
    expect(periodsIn('It earned $1 billion in 2022 and $3 billion the next year.', DATE).map((p) => p[0])).toEqual(['2022', 'the next year']);
  });
});
