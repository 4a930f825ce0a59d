/**
 * Year-less quarters written in rising order are one year's run (bind/quarterRun.ts): in an October
 * draft, "Q2 …, Q3 …, Q4 …" are all last year's, since the fourth quarter of this year has not ended.
 */
import { describe, expect, it } from 'vitest';
import { periodsIn } from './helpers';

const OCTOBER = '2025-10-20';

describe('a run of year-less quarters takes the year of the last', () => {
  it('Q2, Q3 and Q4 in October are the previous year\'s', () => {
    expect(periodsIn('Cloud sales by quarter: Q2 $5 billion, Q3 $6 billion, Q4 $7 billion.', OCTOBER)).toEqual([
      ['Q2', '2024-04-01', '2024-06-30'],
      ['Q3', '2024-07-01', '2024-09-30'],
      ['Q4', '2024-10-01', '2024-12-31'],
    ]);
  });

  it('a run that already rises is left alone', () => {
    expect(periodsIn('Cloud sales by quarter: Q1 $5 billion, Q2 $6 billion.', OCTOBER)).toEqual([
      ['Q1', '2025-01-01', '2025-03-31'],
      ['Q2', '2025-04-01', '2025-06-30'],
    ]);
  });
});

describe('near misses', () => {
  it('quarters written against the calendar order are read each alone', () => {
    expect(periodsIn('Cloud sales: Q4 $7 billion, then Q2 $5 billion.', OCTOBER)).toEqual([
      ['Q4', '2024-10-01', '2024-12-31'],
      ['Q2', '2025-04-01', '2025-06-30'],
    ]);
  });

  it('a year written on the last quarter anchors as before', () => {
    expect(periodsIn('Cloud sales: Q3 $6 billion and Q4 2023 $7 billion.', OCTOBER)[0]).toEqual(['Q3', '2025-07-01', '2025-09-30']);
  });
});

describe('only quarters that follow one another', () => {
  it('"Q1 … against Q4" compares this year\'s first quarter with last year\'s fourth', () => {
    expect(periodsIn('Sales were $5 billion in Q1, against $7 billion in Q4.', OCTOBER)).toEqual([
      ['Q1', '2025-01-01', '2025-03-31'],
      ['Q4', '2024-10-01', '2024-12-31'],
    ]);
  });
});
