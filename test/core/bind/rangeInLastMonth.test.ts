/**
 * A year-less month range is the latest that had ended by the document's date, unless the document is
 * written in the range's last month: then the writer is in it and it is this year's, as a year-less month
 * is the latest begun (bind/periodSpec.ts monthRange).
 */
import { describe, expect, it } from 'vitest';
import { periodsIn } from './helpers';

const span = (text: string, date: string) => periodsIn(text, date).map(([, s, e]) => `${s}..${e}`);

describe('a year-less month range in its last month', () => {
  it('"Oct–Nov" in a late-November draft is this year\'s', () => {
    expect(span('The startup raised its round over Oct–Nov.', '2023-11-28')).toEqual(['2023-10-01..2023-11-30']);
    expect(span('Prices fell between August and September.', '2024-09-20')).toEqual(['2024-08-01..2024-09-30']);
  });

  it('near misses: a range ending after the draft\'s month is last year\'s; one ended before is this year\'s', () => {
    expect(span('The startup raised its round over Oct–Dec.', '2023-11-28')).toEqual(['2022-10-01..2022-12-31']);
    expect(span('The startup raised its round over Jun–Aug.', '2023-11-28')).toEqual(['2023-06-01..2023-08-31']);
  });
});
