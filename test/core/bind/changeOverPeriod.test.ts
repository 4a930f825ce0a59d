/**
 * The end of a change written as happening over a period is a level inside it, not the period's total
 * (bind/changeOverPeriod.ts): "grew from $24.3 billion to $28.52 billion over fiscal 2024" leaves $28.52
 * billion undated; "in fiscal 2024" (the year's totals compared) still dates it.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-05-02';
const periodOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.period?.value?.label;

describe('the end of a change over a period', () => {
  it('en: "over" / "during" the fiscal year leaves the end undated', () => {
    expect(periodOf("Microsoft's Intelligent Cloud grew from $24.3 billion to $28.52 billion over fiscal 2024.", '$28.52 billion')).toBeUndefined();
    expect(periodOf("Microsoft's Intelligent Cloud revenue grew from $24.3 billion to $28.52 billion during fiscal 2024.", '$28.52 billion')).toBeUndefined();
  });
  it('zh: 2024财年期间…从…增至 leaves the end undated', () => {
    expect(periodOf('2024财年期间，微软智能云收入从243亿美元增至285.2亿美元。', '285.2亿美元')).toBeUndefined();
  });
  it('near miss: "in fiscal 2024" still dates the end', () => {
    expect(periodOf("Microsoft's Intelligent Cloud revenue grew from $87.9 billion to $105.4 billion in fiscal 2024.", '$105.4 billion')).toBe('FY2024');
    expect(periodOf('2024财年，微软智能云收入从879亿美元增至1054亿美元。', '1054亿美元')).toBe('FY2024');
  });
});
