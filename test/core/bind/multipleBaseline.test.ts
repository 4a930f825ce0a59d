/**
 * "B was 1.6x its A of 2023", "twice the A of 2023": a multiple names the figure it multiplies, so a
 * period right after that figure is the baseline's, not the figure compared with it (baselineDate.ts).
 * Bundled facts: Alphabet capital expenditure, $32.3B in 2023 and $52.5B in 2024.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers/flagged';
import { periodLabel } from '../../helpers/claimPeriod';

const DATE = '2025-03-01';

describe("a multiple's baseline keeps its own period", () => {
  it.each([
    "Alphabet's capex reached $52.5 billion, about 1.6x its $32.3 billion of 2023.",
    "Alphabet's capex of $52.5 billion was 1.6 times the ~$32.3 billion of 2023.",
  ])('%s', (text) => {
    expect(periodLabel(text, DATE, '$52.5 billion')).not.toBe('2023');
    expect(periodLabel(text, DATE, '$32.3 billion')).toBe('2023');
    expect(flagged(text, DATE)).toEqual([]);
  });

  it('near miss: the figure dated by its own clause is still flagged', () => {
    expect(flagged("Alphabet's capex reached $52.5 billion in 2023.", DATE)).toEqual(['$52.5 billion fact.wrong-period']);
  });
});
