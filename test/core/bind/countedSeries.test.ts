/**
 * "A, B, C, D and E across the five quarters to June 2024": a list written over a count of periods
 * ending at a date is a series, each figure its own period counting back (countedSeries.ts).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers/flagged';
import { periodLabel } from '../../helpers/claimPeriod';

const DATE = '2025-02-03';
const EN = "Microsoft's Intelligent Cloud revenue ran $24.0 billion, $24.3 billion, $25.9 billion, $26.71 billion and $28.52 billion across the five quarters to June 2024.";

describe('a list over a counted span', () => {
  it('gives each figure its own quarter, the last the one ending at the date', () => {
    expect(periodLabel(EN, DATE, '$24.0 billion')).toBe('quarter ended Jun 2023');
    expect(periodLabel(EN, DATE, '$26.71 billion')).toBe('quarter ended Mar 2024');
    expect(periodLabel(EN, DATE, '$28.52 billion')).toBe('quarter ended Jun 2024');
    expect(flagged(EN, DATE)).toEqual([]);
  });

  it('reads the span written before the list', () => {
    const text = "Over the five quarters to June 2024, Microsoft's Intelligent Cloud revenue was $24.0 billion, $24.3 billion, $25.9 billion, $26.71 billion and $28.52 billion.";
    expect(periodLabel(text, DATE, '$25.9 billion')).toBe('quarter ended Dec 2023');
  });

  it('reads Chinese 截至…的N个季度', () => {
    const text = '截至2024年6月的五个季度，微软智能云营收为240亿美元、243亿美元、259亿美元、267.1亿美元和285.2亿美元。';
    expect(periodLabel(text, DATE, '240亿美元')).toBe('quarter ended Jun 2023');
    expect(periodLabel(text, DATE, '267.1亿美元')).toBe('quarter ended Mar 2024');
    expect(flagged(text, DATE)).toEqual([]);
  });

  it('counts months and years as well', () => {
    const text = 'OpenAI revenue was $1.0 billion, $1.2 billion and $1.3 billion over the three months to March 2025.';
    expect(periodLabel(text, DATE, '$1.0 billion')).toBe('Jan 2025');
    expect(periodLabel(text, DATE, '$1.3 billion')).toBe('Mar 2025');
  });

  it('binds no figure to the end date when the count and the list differ', () => {
    const text = "Microsoft's Intelligent Cloud revenue ran $24.3 billion, $25.9 billion, $26.71 billion and $28.52 billion across the five quarters to June 2024.";
    expect(periodLabel(text, DATE, '$26.71 billion')).toBeUndefined();
    expect(periodLabel(text, DATE, '$28.52 billion')).toBeUndefined();
  });

  it('still flags a figure put in the wrong place of the series', () => {
    const text = "Microsoft's Intelligent Cloud revenue ran $24.0 billion, $24.3 billion, $25.9 billion, $28.52 billion and $26.71 billion across the five quarters to June 2024.";
    expect(flagged(text, DATE)).toEqual(expect.arrayContaining(['$26.71 billion fact.wrong-period']));
    expect(flagged("Microsoft's Intelligent Cloud revenue was $26.71 billion in the quarter to June 2024.", DATE)).toEqual(['$26.71 billion fact.wrong-period']);
  });
});
