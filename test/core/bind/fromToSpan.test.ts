/**
 * "A, B and C from the September 2023 quarter to the March 2024 quarter": two periods of one length joined
 * by from … to (or between … and) mark out a run of periods; a list written over it takes one each, in
 * order, and a middle figure never takes the run's first period (fromToSpan.ts, countedSeries.ts).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers/flagged';
import { periodLabel } from '../../helpers/claimPeriod';

const DATE = '2025-02-03';
const RUN_FIRST = "From the September 2023 quarter through the March 2024 quarter, Microsoft's Intelligent Cloud revenue came to $24.3 billion, $25.9 billion and $26.71 billion.";
const RUN_AFTER = "Microsoft's Intelligent Cloud revenue came to $25.9 billion and $26.71 billion from the December 2023 quarter to the March 2024 quarter.";
const labels = (text: string, figures: string[]) => figures.map((f) => periodLabel(text, DATE, f));

describe('a list over a from–to run of periods', () => {
  it('deals one quarter to each figure, in order, wherever the run is written', () => {
    expect(labels(RUN_FIRST, ['$24.3 billion', '$25.9 billion', '$26.71 billion'])).toEqual(['quarter ended Sep 2023', 'quarter ended Dec 2023', 'quarter ended Mar 2024']);
    expect(labels(RUN_AFTER, ['$25.9 billion'])).toEqual(['quarter ended Dec 2023']);
    expect([...flagged(RUN_FIRST, DATE), ...flagged(RUN_AFTER, DATE)]).toEqual([]);
  });

  it('still flags a figure out of its place', () => {
    expect(flagged(RUN_FIRST.replace('$25.9 billion and $26.71 billion', '$26.71 billion and $25.9 billion'), DATE)).toContain('$25.9 billion fact.wrong-period');
  });

  it('leaves a list of another length than the run to the other readings', () => {
    const ends = RUN_AFTER.replace('December 2023 quarter', 'September 2023 quarter');
    // Two figures over a three-quarter run: not dealt (that would give Sep and Dec), but read as its ends.
    expect(labels(ends, ['$25.9 billion', '$26.71 billion'])).toEqual(['quarter ended Sep 2023', 'quarter ended Mar 2024']);
  });
});
