/**
 * A year-less quarter the draft's date places in another year than the paragraph's story is left
 * unplaced; a year written only to look back, set against the story's ("而2023年只有…", "while in 2023
 * …"), is not the story's year (bind/storyYearBefore.ts). Google Cloud's revenue was $11.955B in Q4 2024
 * and $43.2B in 2024 (bundled facts).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const FEB = '2025-02-20';
const Q3_2024 = { start: '2024-07-01', end: '2024-09-30' };

describe('a contrast year is not the year the story is in', () => {
  it('而2023年只有… then 第三季度 (zh)', () => {
    const text = '2024年谷歌云收入达到432亿美元，利润为61亿美元，而2023年仅有17亿美元。第三季度谷歌云收入为119.55亿美元。';
    const { claim, verdicts } = flaggedClaim(text, '119.55亿美元', FEB);
    expect(claim?.period?.value).toMatchObject(Q3_2024);
    expect(verdicts).toEqual(['wrong-period']);
  });

  it('相比之下2023年… then 第三季度 (zh paraphrase)', () => {
    const text = '谷歌云2024年收入为432亿美元；相比之下2023年的营业利润只有17亿美元。第三季度收入119.55亿美元。';
    expect(flaggedClaim(text, '119.55亿美元', FEB).claim?.period?.value).toMatchObject(Q3_2024);
  });

  it('"while in 2023 …" then "the third quarter" (en)', () => {
    const text = 'Google Cloud made $43.2 billion of revenue in 2024, while in 2023 its operating income was only $1.7 billion. In the third quarter Google Cloud revenue was $11.955 billion.';
    expect(flaggedClaim(text, '$11.955 billion', FEB).claim?.period?.value).toMatchObject(Q3_2024);
  });

  it('near miss: a year the story is told in still leaves another year\'s quarter unplaced', () => {
    const text = '2023年谷歌云营业利润为17亿美元。第三季度谷歌云收入为119.55亿美元。';
    const { claim, verdicts } = flaggedClaim(text, '119.55亿美元', FEB);
    expect(claim?.period).toBeUndefined();
    expect(verdicts).toEqual([]);
  });
});
