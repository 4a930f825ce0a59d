/**
 * A table row is dated by its month (or quarter) cell, with the year its column header writes
 * ("Month (2025)", "2025年月份"); a bare month abbreviation ("Mar") is a month as the whole of a cell
 * (bind/monthCell.ts). With the bundled facts: Anthropic's Series E, $3.5B at $61.5B, announced
 * 2025-03-03, and its later Series F ($13B at $183B, September 2025).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2025-12-10';
const EN = (month: string, header = 'Month (2025)') =>
  `| Company | Round | Raised | Valuation | ${header} |\n|---|---|---|---|---|\n| Anthropic | Series E | $3.5B | $61.5B | ${month} |\n`;
const ZH = (month: string, header = '2025年月份') => `| 公司 | 融资额 | 估值 | ${header} |\n|---|---|---|---|\n| Anthropic | 35亿美元 | 615亿美元 | ${month} |\n`;

describe("a table row's month cell with its header's year", () => {
  itIsSilent(
    [
      [EN('Mar'), '$3.5B'],
      [EN('Mar'), '$61.5B'],
      [EN('March'), '$61.5B'],
      [ZH('3月'), '615亿美元'],
      [ZH('3月'), '35亿美元'],
    ],
    DATE,
  );

  it('dates the row with the header year', () => {
    expect(flaggedClaim(EN('Mar'), '$61.5B', DATE).claim?.period?.value).toMatchObject({ start: '2025-03-01', end: '2025-03-31' });
    expect(flaggedClaim(ZH('3月'), '615亿美元', DATE).claim?.period?.how).toBe('explicit');
  });

  it("the header's year is the row's, even when the month has come round again since", () => {
    expect(flaggedClaim(EN('Mar', 'Month (2024)'), '$61.5B', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim(ZH('3月', '2024年月份'), '615亿美元', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('a month before the round is still flagged', () => {
    expect(flaggedClaim(EN('Jan'), '$61.5B', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('a word that only looks like a month in a longer cell dates nothing', () => {
    expect(flaggedClaim('| Company | Note | Valuation |\n|---|---|---|\n| Anthropic | may rise | $61.5B |\n', '$61.5B', DATE).claim?.period).toBeUndefined();
  });
});
