/**
 * A rate named as the one a conversion used ("按7.2993的汇率约合…", "at a rate of 7.2993") is not dated by
 * the date of the event its sentence reports; only a date that qualifies the rate dates it
 * (bind/fxRateDate.ts isConversionRate). Bundled facts: the H.10 USD/CNY rate of 2024-12-31 (7.2993).
 */
import { describe, expect, it } from 'vitest';
import { periodSpanOf } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-06-10';

describe('a conversion rate is not dated by the event of its sentence', () => {
  it('zh: an announcement date does not date the rate the amount is converted at', () => {
    const text = '2025年3月12日，某云厂商宣布两年内投入1460亿元，按7.2993的汇率折合约200亿美元。\n';
    expect(periodSpanOf(text, '7.2993', DATE)).toBeUndefined();
    expect(flaggedClaim(text, '7.2993', DATE).verdicts).toEqual([]);
  });

  it('zh: 以…汇率换算 reads the same', () => {
    const text = '4月8日的发布会上，该公司称将投资730亿元，以7.2993汇率换算约100亿美元。\n';
    expect(flaggedClaim(text, '7.2993', DATE).verdicts).toEqual([]);
  });

  it('en: "at a rate of" after a dated pledge', () => {
    const text = 'On March 12, 2025 the firm pledged ¥146 billion, about $20 billion at a rate of 7.2993.\n';
    expect(periodSpanOf(text, '7.2993', DATE)).toBeUndefined();
    expect(flaggedClaim(text, '7.2993', DATE).verdicts).toEqual([]);
  });

  it('near miss: a date that qualifies the rate itself still dates it', () => {
    const text = '2025年3月12日，某云厂商宣布投入1460亿元，按2024年末7.2993的汇率折合约200亿美元。\n';
    expect(periodSpanOf(text, '7.2993', DATE)).toBe('2024-12-31..2024-12-31');
  });

  it('near miss: a rate stated for a date, not used for a conversion, keeps the date', () => {
    const text = '2025年3月12日，人民币对美元汇率为7.2993。\n';
    expect(periodSpanOf(text, '7.2993', DATE)).toBe('2025-03-12..2025-03-12');
  });
});
