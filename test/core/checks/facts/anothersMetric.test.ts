/**
 * A value that equals another measure the sentence names is the binder's mix-up (supported), but a
 * measure named as another company's ("Nvidia's data-center business", "英伟达数据中心收入") names that
 * company's figure, not the claim's company's: it does not excuse a segment figure given as the total.
 * Bundled facts: AMD's 2024 revenue $25.8B and data-center revenue $12.6B.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

const DATE = '2025-03-01';

describe("another company's measure in the sentence", () => {
  it('does not vouch for the claim (English)', () => {
    expect(flagged("AMD's entire 2024 revenue of $12.6 billion is smaller than what Nvidia's data-center business now books in a single quarter.", DATE)).toEqual([
      '$12.6 billion fact.wrong-metric',
    ]);
  });

  it('nor in Chinese, with or without 的', () => {
    expect(flagged('AMD 2024年全年营收126亿美元还不及英伟达数据中心收入一个季度的规模。', DATE)).toEqual(['126亿美元 fact.wrong-metric']);
    expect(flagged('AMD 2024年全年营收126亿美元还不及英伟达的数据中心收入一个季度的规模。', DATE)).toEqual(['126亿美元 fact.wrong-metric']);
  });

  it("while the claim's own company's measure still does", () => {
    expect(flagged("AMD's data-center business brought in $12.6 billion of revenue in 2024.", DATE)).toEqual([]);
    expect(flagged('AMD 2024年的数据中心业务带来126亿美元收入。', DATE)).toEqual([]);
  });
});
