/**
 * The checks know the currencies the fact base files: a figure in Korean won is one a currency slip can
 * swap, and its evidence names the won. Bundled facts: SK hynix's 2024 revenue of 66.19 trillion won.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';
import { draftAnalysis } from '../../../helpers/draftFindings';

const DATE = '2025-03-01';

describe('a won figure written in dollars', () => {
  it('is a currency slip (English), with the won in its evidence', () => {
    const text = 'For 2024, SK hynix booked revenue of $66.19 trillion.';
    expect(flagged(text, DATE)).toEqual(['$66.19 trillion fact.wrong-currency']);
    expect(draftAnalysis(text, DATE).findings[0]?.message).toContain('₩66.2T');
  });

  it('and in Chinese', () => {
    expect(flagged('SK海力士2024年全年营收为66.19万亿美元。', DATE)).toEqual(['66.19万亿美元 fact.wrong-currency']);
  });

  it('not in won', () => {
    expect(flagged('SK海力士2024年全年营收为66.19万亿韩元。', DATE)).toEqual([]);
    expect(flagged('For 2024, SK hynix booked revenue of 66.19 trillion won.', DATE)).toEqual([]);
  });
});
