/**
 * A figure nothing else decided, written to three or more significant digits that, moved one to four
 * places, are exactly a figure of its company on record, is a slip of scale whatever metric the binder
 * read (movedDigits.ts). Bundled facts: DeepSeek-V3's final training run cost $5.576 million.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-06-01';

describe('digits moved onto another figure of the company', () => {
  it('English and Chinese: ten times the cost, under a metric word the base has nothing for', () => {
    expect(draftFindings('In total DeepSeek booked $55.76 million of rented GPU time for V3.', DATE)).toEqual(['$55.76 million fact.wrong-scale warning']);
    expect(draftFindings('DeepSeek为V3的训练一共花了5576万美元的GPU租金。', DATE)).toEqual(['5576万美元 fact.wrong-scale warning']);
  });

  it('the figure as recorded is silent', () => {
    expect(draftFindings('In total DeepSeek booked $5.576 million of rented GPU time for V3.', DATE)).toEqual([]);
  });

  it('near miss: a range is no written number, and two digits agree too often', () => {
    expect(draftFindings('DeepSeek booked between $55.76 million and $60 million of GPU time.', DATE)).toEqual([]);
    expect(draftFindings('In total DeepSeek booked $56 million of rented GPU time for V3.', DATE)).toEqual([]);
  });
});
