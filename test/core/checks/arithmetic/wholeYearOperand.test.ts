/**
 * An amount whose own sentence calls it the whole year's ("全年资本开支", "full-year capex") is the
 * year's, even when the only date it could borrow is a quarter written in an earlier sentence: a share
 * of it is then not checked against that quarter's revenue. Two amounts of the same quarter, or of the
 * same year, are still checked.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-06-10';
const arithmetic = (text: string) => draftFindings(text, DATE).filter((f) => f.includes(' arith.'));

describe('a whole year\'s amount after a quarter is not that quarter\'s', () => {
  it('the share of a quarter\'s revenue is not checked (English and Chinese)', () => {
    expect(arithmetic('2024年第四季度,腾讯营收1724亿元。更值得注意的是全年资本开支,达到768亿元。资本开支占营收的12%。')).toEqual([]);
    expect(arithmetic("In the fourth quarter of 2024 Tencent's revenue was RMB 172.4 billion. Full-year capex reached RMB 76.8 billion. Capex was about 12% of revenue.")).toEqual([]);
  });
});

describe('near misses: operands of one period are still checked', () => {
  it('a quarter\'s capex against the same quarter\'s revenue (no whole-year word)', () => {
    expect(arithmetic('2024年第四季度,腾讯营收1724亿元。资本开支达到366亿元。资本开支占营收的45%。')).toEqual(['45% arith.percent-of warning']);
    expect(arithmetic("In the fourth quarter of 2024 Tencent's revenue was RMB 172.4 billion. Capex reached RMB 36.6 billion. Capex was about 45% of revenue.")).toEqual([
      '45% arith.percent-of warning',
    ]);
  });

  it('a whole year\'s capex against the same year\'s revenue', () => {
    expect(arithmetic('2024年,腾讯营收6603亿元。全年资本开支达到768亿元。资本开支占营收的45%。')).toEqual(['45% arith.percent-of warning']);
  });
});
