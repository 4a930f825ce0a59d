/**
 * Lists of figures read over quarters: "A, B and C for the June, September and December quarters"
 * (monthQuarterList.ts), "A, B, C and D across fiscal 2025" (yearAcrossList.ts), and a figure "over the
 * holidays", of a time no calendar span gives (unplacedSeason.ts).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers/flagged';
import { periodLabel } from '../../helpers/claimPeriod';

const DATE = '2024-11-20';
const IC = "Microsoft's Intelligent Cloud";
/** The period labels of the figures, in the order given. */
const labels = (text: string, figures: string[]) => figures.map((f) => periodLabel(text, DATE, f));
const Q = (m: string) => `quarter ended ${m}`;

describe('a list over month-named quarters', () => {
  it('gives each figure its own quarter in order, the year the latest run that has ended', () => {
    const text = `${IC} segment booked $24.3 billion, $25.9 billion and $26.71 billion for the September, December and March quarters, respectively.`;
    expect(labels(text, ['$24.3 billion', '$25.9 billion', '$26.71 billion'])).toEqual([Q('Sep 2023'), Q('Dec 2023'), Q('Mar 2024')]);
    expect(flagged(text, DATE)).toEqual([]);
    // A figure put in the wrong quarter of the list is still caught.
    const swapped = `${IC} segment booked $26.71 billion, $25.9 billion and $24.3 billion for the September, December and March quarters, respectively.`;
    expect(flagged(swapped, DATE)).toEqual(expect.arrayContaining(['$26.71 billion fact.wrong-period']));
  });

  it('takes the year written after the last month; places none for gapped months or another count', () => {
    expect(labels('OpenAI revenue came to $1.1 billion and $1.4 billion in the March and June 2023 quarters.', ['$1.1 billion', '$1.4 billion'])).toEqual([Q('Mar 2023'), Q('Jun 2023')]);
    expect(periodLabel('OpenAI revenue came to $1.1 billion and $1.4 billion in the March and December quarters.', DATE, '$1.1 billion')).toBeUndefined();
    expect(periodLabel('OpenAI revenue came to $1.1 billion, $1.2 billion and $1.4 billion in the March and June quarters.', DATE, '$1.2 billion')).toBeUndefined();
  });
});

describe('a list across a year', () => {
  it('gives four figures the four quarters of the year, in order, the year after or before the list', () => {
    const after = `${IC} revenue came in at $24.3 billion, $25.9 billion, $26.71 billion and $28.52 billion over fiscal 2024.`;
    expect(labels(after, ['$24.3 billion', '$28.52 billion'])).toEqual([Q('Sep 2023'), Q('Jun 2024')]);
    expect(flagged(after, DATE)).toEqual([]);
    const before = `Throughout fiscal 2024, ${IC} revenue came in at $24.3 billion, $25.9 billion, $26.71 billion and $28.52 billion.`;
    expect(periodLabel(before, DATE, '$26.71 billion')).toBe(Q('Mar 2024'));
  });

  it('gives no figure the whole year when the list is not four long, and leaves coordinated owners their year', () => {
    expect(periodLabel(`${IC} revenue came in at $25.9 billion, $26.71 billion and $28.52 billion across fiscal 2024.`, DATE, '$25.9 billion')).toBeUndefined();
    expect(periodLabel('Microsoft and Alphabet spent $55.7 billion and $52.5 billion across 2024.', DATE, '$55.7 billion')).toBe('2024');
  });
});

describe('a figure over the holidays', () => {
  it('takes no other conjunct’s quarter', () => {
    const text = `${IC} revenue was $24.3 billion in the September 2023 quarter, then $25.9 billion over the holidays and $26.71 billion in the March 2024 quarter.`;
    expect(labels(text, ['$24.3 billion', '$25.9 billion', '$26.71 billion'])).toEqual([Q('Sep 2023'), undefined, Q('Mar 2024')]);
  });
});
