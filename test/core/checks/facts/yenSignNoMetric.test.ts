/**
 * A bare ¥ beside a figure with no metric word ("grew 26% to ¥33.4 billion") is the yuan too when the
 * company's figures are all kept in yuan: the slip check for figures without a metric does not call a
 * correct yuan figure the wrong currency. A currency written out is still judged as written. Bundled
 * facts: Alibaba's cloud unit, ¥33.4B in the quarter ended June 2025, in yuan.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-09-15';

describe('a bare ¥ with no metric bound', () => {
  it.each([
    "Alibaba's cloud unit grew 26% to ¥33.4 billion in the June quarter of 2025.",
    "Alibaba's cloud arm reached ¥33.4 billion in the quarter ended June 30, 2025.",
    'In the June 2025 quarter Alibaba’s cloud unit brought in ¥33.4 billion, up 26%.',
  ])('is the yuan: %s', (sentence) => {
    expect(draftFindings(sentence, DATE)).toEqual([]);
  });

  it('still finds dollars written for the yuan figure', () => {
    expect(draftFindings("Alibaba's cloud unit grew 26% to $33.4 billion in the June quarter of 2025.", DATE)).toEqual(['$33.4 billion fact.wrong-currency warning']);
  });
});
