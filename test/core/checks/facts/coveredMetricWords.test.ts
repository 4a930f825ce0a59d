/**
 * A metric word inside a longer one names the longer one: "收入" in "数据中心收入" and "revenue" in
 * "data-center revenue" do not name total revenue, so a segment figure equal to the total is not
 * excused as "the metric the sentence names" (wrong-metric). And a bound reaches any larger figure of
 * any measure, so it is never another measure's figure. Bundled facts: AMD's 2024 revenue $25.8B and
 * data-center revenue $12.6B; Microsoft's AI run-rate of over $13B and revenue of over $75B.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

const DATE = '2025-11-20';

describe('a revenue word inside a segment word', () => {
  it('does not name total revenue (Chinese)', () => {
    expect(flagged('有投资者将AMD 2024年数据中心收入258亿美元与英伟达直接比较。', DATE)).toEqual(['258亿美元 fact.wrong-metric']);
  });

  it('nor in English', () => {
    expect(flagged("AMD's 2024 data-center revenue of $25.8 billion is often compared with Nvidia's.", DATE)).toEqual(['$25.8 billion fact.wrong-metric']);
  });

  it('while a sentence that names both keeps each figure its own', () => {
    expect(flagged('AMD 2024年营收258亿美元，其中数据中心收入126亿美元。', DATE)).toEqual([]);
    expect(flagged("In 2024 AMD's revenue was $25.8 billion, of which data-center revenue was $12.6 billion.", DATE)).toEqual([]);
  });
});

describe('a bound', () => {
  it('is no other measure\'s figure (Chinese and English)', () => {
    expect(flagged('2025年1月，微软称AI业务的年化收入已超过130亿美元。', DATE)).toEqual([]);
    expect(flagged('In January 2025, Microsoft said its AI business had passed an annual revenue run-rate of more than $13 billion.', DATE)).toEqual([]);
  });
});
