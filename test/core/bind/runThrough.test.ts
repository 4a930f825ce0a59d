/**
 * "A in Q1 FY24, then B, C and D through Q4 FY24": the list after "then" runs over the quarters between
 * the dated first figure and the end period, one each in order (runThrough.ts). Bundled facts: Microsoft
 * Intelligent Cloud revenue by fiscal quarter.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers/flagged';
import { periodLabel } from '../../helpers/claimPeriod';

const DATE = '2025-01-20';
const RUN = 'Microsoft booked Intelligent Cloud revenue of $24.3 billion in Q1 FY24 and then $25.9 billion, $26.71 billion and $28.52 billion through Q4 FY24.';

describe('a list run from a dated figure through a later period', () => {
  it('gives each figure of the list the next quarter, the last the end period', () => {
    expect(periodLabel(RUN, DATE, '$25.9 billion')).toBe('quarter ended Dec 2023');
    expect(periodLabel(RUN, DATE, '$26.71 billion')).toBe('quarter ended Mar 2024');
    expect(periodLabel(RUN, DATE, '$28.52 billion')).toBe('quarter ended Jun 2024');
    expect(flagged(RUN, DATE)).toEqual([]);
  });

  it('reads calendar quarters and "followed by … to" as well', () => {
    const text = "Microsoft's Intelligent Cloud segment took in $24.3 billion in Q3 2023, followed by $25.9 billion and $26.71 billion to Q1 2024.";
    expect(periodLabel(text, DATE, '$25.9 billion')).toBe('quarter ended Dec 2023');
    expect(flagged(text, DATE)).toEqual([]);
  });

  it('places none of the list when the quarters stepped over are not as many as its figures', () => {
    const text = 'Microsoft booked Intelligent Cloud revenue of $24.3 billion in Q1 FY24 and then $25.9 billion and $28.52 billion through Q4 FY24.';
    expect(periodLabel(text, DATE, '$25.9 billion')).toBeUndefined();
    expect(periodLabel(text, DATE, '$28.52 billion')).toBeUndefined();
  });

  it('near miss: a figure put in the wrong place of the run is still flagged', () => {
    const text = 'Microsoft booked Intelligent Cloud revenue of $24.3 billion in Q1 FY24 and then $26.71 billion, $25.9 billion and $28.52 billion through Q4 FY24.';
    expect(flagged(text, DATE)).toEqual(expect.arrayContaining(['$25.9 billion fact.wrong-period']));
  });

  it('near miss: without a dated first figure the list keeps its own reading', () => {
    const text = 'Microsoft booked Intelligent Cloud revenue of $25.9 billion, $26.71 billion and $28.52 billion through Q4 FY24.';
    expect(periodLabel(text, DATE, '$28.52 billion')).toBe('Q4 FY2024');
  });
});
