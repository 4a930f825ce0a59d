/**
 * A sentence that says which period its figure really is for restates the figure's period
 * (bind/restatedPeriod.ts). Bundled facts: Nvidia's revenue $130.5B in fiscal 2025 (February 2024 to
 * January 2025) and $60.9B in fiscal 2024.
 */
import { describe, expect, it } from 'vitest';
import { periodSpanOf } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-03-05';
const spanOf = (text: string, figure: string) => periodSpanOf(text, figure, DATE);
const FY2025 = '2024-02-01..2025-01-31';

describe('"其实是2025财年的数字", "which is actually the fiscal 2025 figure" restate the period', () => {
  it('zh: a quoted calendar-year label the sentence says is really the fiscal year', () => {
    const text = '有人把英伟达的营收写成“2024年营收1305亿美元”，这说的其实是2025财年的数字。';
    expect(spanOf(text, '1305亿美元')).toBe(FY2025);
    expect(flaggedClaim(text, '1305亿美元', DATE).verdicts).toEqual([]);
  });

  it('en: "that is actually the fiscal 2025 figure", "(i.e. fiscal 2025)"', () => {
    const actually = "Nvidia's 2024 revenue is often given as $130.5 billion, which is actually the fiscal 2025 figure.";
    const ie = "Nvidia's revenue came to $130.5 billion in 2024 (i.e. fiscal 2025).";
    for (const text of [actually, ie]) {
      expect(spanOf(text, '$130.5 billion')).toBe(FY2025);
      expect(flaggedClaim(text, '$130.5 billion', DATE).verdicts).toEqual([]);
    }
  });

  it('wrong variant: the other fiscal year\'s figure restated as fiscal 2025 is flagged', () => {
    const text = '有人把英伟达的营收写成“2024年营收609亿美元”，这说的其实是2025财年的数字。';
    expect(flaggedClaim(text, '609亿美元', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('near miss: a later period that restates nothing leaves the figure its own', () => {
    expect(spanOf("Nvidia's 2024 revenue was $130.5 billion, and fiscal 2025 ended in January.", '$130.5 billion')).toBe('2024-01-01..2024-12-31');
    expect(spanOf('英伟达2024年营收1305亿美元，2025财年的数据中心收入更高。', '1305亿美元')).toBe('2024-01-01..2024-12-31');
  });
});
