/**
 * A slip (a power of ten, another currency, another metric's figure) needs the figure moved to land on
 * a value or a closed range on record. A fact that is only a floor or a ceiling ("Azure surpassed $75
 * billion", bound: over) is met by almost any figure scaled far enough, so it shows no slip
 * (factMatch.ts meetsFigure, used by unitSlips, undated, soleProductPrice, wrongMetric), unless the
 * figure holds the bound's own number ("$75 million" for over $75 billion). Below the floor the figure
 * is still contradicted as written.
 * Bundled facts: Azure revenue FY2025 over $75B (CNA (Reuters)); Nvidia revenue FY2024 $60.9B.
 */
import { describe, expect, it } from 'vitest';
import { flaggedTexts } from '../../../helpers/flagged';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

const DATE = '2025-08-15';
const slips = (text: string) => [...flaggedTexts(text, DATE, 'fact.wrong-scale'), ...flaggedTexts(text, DATE, 'fact.wrong-currency')];

describe('a figure against an open-ended fact is never a slip', () => {
  itIsSilent(
    [
      ['The cloud segment that houses Azure went from $24.0 billion of revenue in the June 2023 quarter to $28.5 billion a year later.', '$24.0 billion'],
      ['Azure所在的部门营收从2023年6月季度的240亿美元增长到一年后的285亿美元。', '240亿美元'],
      ['Azure revenue for fiscal 2025 came in at €80 billion.', '€80 billion'],
      ['2025财年，Azure收入约为800亿欧元。', '800亿欧元'],
      ['In fiscal 2025 Azure brought in $80 billion of revenue.', '$80 billion'],
    ],
    DATE,
  );

  it.each([
    ['In fiscal 2025 Azure revenue was $24.0 billion.'],
    ['In fiscal 2025 Azure revenue was $30 billion.'],
    ['2025财年Azure营收为300亿美元。'],
    // 240亿 ($24.0 billion), not 24亿: a figure 31 times below the floor is no slip but another measure, at most information (farOff.ts).
    ['2025财年，Azure收入为240亿美元。'],
    ['Azure revenue was about $7 billion in fiscal 2025.'],
  ])('%s: no slip of scale or currency, but below the floor it is contradicted', (text) => {
    expect(slips(text)).toEqual([]);
    const figure = /\$[\d.]+ (?:billion|million)|[\d.]+[万亿]+美元/.exec(text)![0];
    expect(flaggedClaim(text, figure, DATE).verdicts).toEqual(['contradicted']);
  });
});

describe('near misses: a figure on record as a value still shows its slip', () => {
  it.each([
    ['英伟达2024财年营收为6090亿美元。', '6090亿美元', 'wrong-scale'],
    ["Nvidia's fiscal 2024 revenue was $609 million.", '$609 million', 'wrong-scale'],
    ["Nvidia's fiscal 2024 revenue was €60.9 billion.", '€60.9 billion', 'wrong-currency'],
    // A figure that holds the bound's own number, moved, is that number's slip.
    ['In fiscal 2025 Azure revenue was $75 million.', '$75 million', 'wrong-scale'],
    ['2025财年Azure营收为750万美元。', '750万美元', 'wrong-scale'],
    ['Azure revenue was $7.5 billion in fiscal 2025.', '$7.5 billion', 'wrong-scale'],
  ])('%s', (text, figure, verdict) => {
    expect(flaggedClaim(text, figure, DATE).verdicts).toEqual([verdict]);
  });
  it("an open bound that restates the source's own bound in another currency is still a currency slip", () => {
    // Moonshot AI's cash at the end of 2025: over 10 billion yuan.
    const text = '月之暗面在2025年底又完成5亿美元的C轮融资。杨植麟在信中说,公司账上现金超过100亿美元。';
    expect(flaggedClaim(text, '100亿美元', '2026-01-05').verdicts).toEqual(['wrong-currency']);
  });
});
