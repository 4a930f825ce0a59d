/**
 * A date an estimating verb governs ("calculated in June 2024 that … a year", "2023年6月测算…每年") is when
 * a yearly rate was estimated, and an estimate is dated so: the rate keeps the month as its period
 * (bind/statedRate.ts). McKinsey's $2.6-4.4 trillion a year was published in June 2023 (bundled facts).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const LATER = '2026-02-12';

describe('an estimating verb\'s month dates the yearly rate it estimated', () => {
  it('"calculated in June 2024 that … a year" is June 2024\'s estimate (en)', () => {
    const text = 'McKinsey calculated in June 2024 that generative AI could add $2.6 trillion to $4.4 trillion a year to the world economy.';
    const { claim, verdicts } = flaggedClaim(text, '$2.6 trillion to $4.4 trillion', LATER);
    expect(claim?.period?.value).toMatchObject({ start: '2024-06-01', end: '2024-06-30' });
    expect(verdicts).toEqual(['wrong-period']);
  });

  it('"estimated in June 2023 that … a year" is supported (en)', () => {
    const text = 'McKinsey estimated in June 2023 that generative AI could add $2.6 trillion to $4.4 trillion a year.';
    const { claim, verdicts } = flaggedClaim(text, '$2.6 trillion to $4.4 trillion', LATER);
    expect(claim?.period?.value).toMatchObject({ start: '2023-06-01', end: '2023-06-30' });
    expect(verdicts).toEqual([]);
  });

  it('麦肯锡2024年6月测算…每年 (zh)', () => {
    const text = '麦肯锡2024年6月测算，生成式AI每年可为全球经济增加2.6万亿至4.4万亿美元。';
    expect(flaggedClaim(text, '2.6万亿至4.4万亿美元', LATER).claim?.period?.value).toMatchObject({ start: '2024-06-01', end: '2024-06-30' });
  });

  it('near miss: a month that only dates another figure leaves a quarterly rate undated', () => {
    const text = "OpenAI's December run-rate of $1.6 billion implies about $400 million a quarter.";
    expect(flaggedClaim(text, '$400 million', LATER).claim?.period).toBeUndefined();
  });
});
