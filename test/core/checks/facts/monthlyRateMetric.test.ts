/**
 * A revenue per month times twelve is the annualized run-rate: a fact stated per month ("about $8
 * million in monthly revenue" in 2023) never makes an annualized or yearly figure "another metric's",
 * nor the reverse (verdicts/wrongMetric.ts sameTimeRate). And an inequality ("不到1亿美元", "under $100
 * million") is met by many figures, so it is no other metric's figure either.
 * Bundled fact: Anthropic revenue ~$8M per month, 2023 (The New York Times).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

const DATE = '2024-06-01';

describe('a monthly revenue and its annualized figure are not mixed-up metrics', () => {
  itIsSilent(
    [
      ['2023年Anthropic的月收入约为800万美元，折合年化不到1亿美元。', '1亿美元'],
      ['In 2023 Anthropic made about $8 million a month, or just under $100 million annualized.', '$100 million'],
      ['In 2023 Anthropic had an annualized $96 million, i.e. $8 million a month.', '$96 million'],
      ['2023年Anthropic的年化收入约9600万美元，即每月约800万美元。', '9600万美元'],
      ["Anthropic's annualized revenue in 2023 was under $100 million, on about $8 million a month.", '$100 million'],
      ['2023年，Anthropic年化收入不足1亿美元。', '1亿美元'],
    ],
    DATE,
  );
});

describe('near misses: a monthly figure that is wrong is still flagged', () => {
  it.each([
    ['2023年Anthropic的月收入约为8000万美元。', '8000万美元'],
    ["In 2023 Anthropic's revenue was about $80 million a month.", '$80 million'],
  ])('%s', (text, figure) => {
    expect(flaggedClaim(text, figure, DATE).verdicts).toEqual(['wrong-scale']);
  });
  it("a monthly figure that is not the month's revenue is contradicted", () => {
    expect(flaggedClaim("In 2023 Anthropic's revenue was about $96 million a month.", '$96 million', DATE).verdicts).toEqual(['contradicted']);
  });
});
