/**
 * A share named by its base ("capex was about 12% of revenue", 资本开支相当于营收的12%) is checked only
 * against a base of the same period: a quarter's revenue, or an undated one, is not the year's that a
 * year's capex is a share of. The base's period counts wherever it was read (its own sentence). Amounts
 * in two currencies are paired only through a rate (stated, or the base's dated rates).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-06-10';
const arithmetic = (text: string) => draftFindings(text, DATE).filter((f) => f.includes(' arith.'));

describe('a share is not checked against a base of another period', () => {
  it('a year\'s capex against a quarter\'s revenue (English and Chinese)', () => {
    expect(arithmetic("Tencent's revenue was RMB 172.4 billion in the fourth quarter. In 2024 capex was RMB 76.8 billion. Capex was about 12% of revenue.")).toEqual([]);
    expect(arithmetic('腾讯第四季度营收为1724亿元。2024年资本开支为768亿元,资本开支相当于营收的12%。')).toEqual([]);
  });

  it('a year\'s capex against a revenue figure with no period', () => {
    expect(arithmetic("Tencent's revenue was RMB 172.4 billion. In 2024 capex was RMB 76.8 billion. Capex was about 12% of revenue.")).toEqual([]);
    expect(arithmetic('腾讯营收为1724亿元。2024年资本开支为768亿元,资本开支相当于营收的12%。')).toEqual([]);
  });
});

describe('a share is not checked across currencies without a rate', () => {
  it('an amount in ¥ (yen or yuan) against one in dollars, with no rate for them', () => {
    expect(arithmetic("In 2024 Tencent's revenue was $92 billion. In 2024 capex was ¥76.8 billion. Capex was about 12% of revenue.")).toEqual([]);
  });
});

describe('near misses: the same period on both sides is checked', () => {
  it('a wrong share of the same year\'s revenue is flagged (English and Chinese)', () => {
    expect(arithmetic("In 2024 Tencent's revenue was RMB 660 billion. In 2024 capex was RMB 76.8 billion. Capex was about 45% of revenue.")).toEqual([
      '45% arith.percent-of warning',
    ]);
    expect(arithmetic('腾讯2024年营收为6603亿元。2024年资本开支为768亿元,资本开支相当于营收的45%。')).toEqual(['45% arith.percent-of warning']);
  });

  it('the right share of the same year\'s revenue is not', () => {
    expect(arithmetic('腾讯2024年营收为6603亿元。2024年资本开支为768亿元,资本开支相当于营收的12%。')).toEqual([]);
  });
});
