/**
 * 同比 and 环比 ("year over year", "quarter over quarter") say what a change is measured against; they
 * do not make the figure after them the starting point of a comparison, as 比 ("than") does in
 * "比上年的331亿元". So "2024年第四季度收入119.55亿美元，同比增长30%" dates the 30% by the sentence's
 * quarter, while a figure after 比 or 较 is still the earlier period's.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const periodOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-09-20')?.period?.value.label;

describe('a change said year over year or sequential takes the sentence’s period', () => {
  it('同比', () => {
    expect(periodOf('谷歌云2024年第四季度收入119.55亿美元，同比增长30%。', '30%')).toBe('Q4 2024');
    expect(periodOf('腾讯2024年第四季度营收1724亿元，同比增长11%。', '11%')).toBe('Q4 2024');
  });

  it('环比', () => {
    expect(periodOf('谷歌云2024年第四季度收入119.55亿美元，环比增长5%。', '5%')).toBe('Q4 2024');
  });
});

describe('near miss: a figure after 比 or 较 is still the comparison’s starting point', () => {
  it('is not dated by the sentence’s period', () => {
    expect(periodOf('百度2023年第四季度营收349.51亿元，比上年的331亿元有所增长。', '331亿元')).not.toBe('Q4 2023');
    expect(periodOf('腾讯2024年第四季度营收1724亿元，较上年的1552亿元增长11%。', '1552亿元')).not.toBe('Q4 2024');
  });
});
