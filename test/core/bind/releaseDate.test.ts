/**
 * A date in the 的-phrase of a model's release dates the model, not the price told of it
 * (bind/releaseDate.ts).
 */
import { describe, expect, it } from 'vitest';
import { datesModelRelease } from '../../../server/src/core/bind/releaseDate';
import { flaggedClaim } from './flaggedClaim';

const dateAt = (text: string, date: string) => ({ start: text.indexOf(date), end: text.indexOf(date) + date.length });

describe('datesModelRelease', () => {
  // A release date before a model's name and its price; near misses: a date of the price itself, a name
  // with no price after it.
  const cases = [
    { text: '今年2月推出的Gemini 2.0 Flash定价为输入0.10美元。', date: '今年2月', release: true },
    { text: '11月发布的新定价为输入0.8美元。', date: '11月', release: false },
    { text: '11月发布的ChatGPT在两个月内用户过亿。', date: '11月', release: false },
  ];
  it.each(cases)('$text: $release', ({ text, date, release }) => expect(datesModelRelease(text, dateAt(text, date))).toBe(release));
});

describe('a price told after a model\'s release date', () => {
  it('is not dated by the release', () => {
    const text = '去年7月发布的GPT-4o mini则标价输入0.15美元、输出0.60美元，比前代便宜得多。';
    const { claim } = flaggedClaim(text, '0.15美元', '2025-03-01');
    expect(claim).toBeDefined();
    expect(claim?.period).toBeUndefined();
  });
});
