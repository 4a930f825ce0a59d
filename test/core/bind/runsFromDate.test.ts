/**
 * A year-less month-day written after a dated event and earlier in the calendar follows it, into the
 * next year (monthSequence.ts); a date a state runs from ("2月8日起", "starting February 8") does so even
 * when that day is still to come at the document's date: a price may be set ahead of the day it starts.
 * Bundled facts: DeepSeek-V3's standard prices from 2025-02-08 are ¥8 (and $1.10) per million output tokens.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';
import { runsFromDate } from '../../../server/src/core/bind/monthSequence';

const DATE = '2025-01-20';
const ZH = (price: string) => `DeepSeek-V3于去年12月26日上线，优惠期结束后（2月8日起）的人民币标价为：输出每百万token ${price}。`;
const EN = (price: string) => `DeepSeek-V3 went live on December 26, 2024; starting February 8, after the promotion, its output price is ${price} per million tokens.`;

describe('a date a state runs from, after a dated event, is of the year after it', () => {
  itIsSilent(
    [
      [ZH('8元'), '8元'],
      [EN('$1.10'), '$1.10'],
    ],
    DATE,
  );

  it('reads the next February, from that day on', () => {
    expect(flaggedClaim(ZH('8元'), '8元', DATE).claim?.period?.value).toMatchObject({ start: '2025-02-08', label: 'from 2025-02-08' });
    expect(flaggedClaim(EN('$1.10'), '$1.10', DATE).claim?.period?.value).toMatchObject({ start: '2025-02-08', end: '2025-02-08' });
  });

  it('still checks the figure against that date', () => {
    expect(flaggedClaim(ZH('16元'), '16元', DATE).verdicts).toEqual(['contradicted']);
  });
});

describe('the words that make a date one a state runs from', () => {
  it('起 and 开始 after it, from / starting / effective before it', () => {
    expect(runsFromDate('优惠期结束后（', '起的标价')).toBe(true);
    expect(runsFromDate('价格自', '开始下调')).toBe(true);
    expect(runsFromDate('prices change starting ', ', after')).toBe(true);
    expect(runsFromDate('the new rate is effective ', '.')).toBe(true);
  });
  it('not a date looked back to (以来, since), nor a plain date', () => {
    expect(runsFromDate('自', '以来')).toBe(false);
    expect(runsFromDate('revenue since ', ' rose')).toBe(false);
    expect(runsFromDate('launched on ', '.')).toBe(false);
  });
});
