/**
 * formatLike: a corrected value written in the author's own style (checking-model §6).
 */
import { describe, expect, it } from 'vitest';
import { formatLike, recognize } from '../../../server/src/core/recognize/index';

function rewrite(text: string, value: number): string {
  const q = recognize(text)[0];
  if (!q) throw new Error(`nothing recognised in ${text}`);
  return formatLike(q, value);
}

describe('formatLike', () => {
  const cases: [string, number, string][] = [
    ['$2.6B', 1.6e9, '$1.6B'],
    ['16亿美元', 2e9, '20亿美元'],
    ['1.6 billion dollars', 2e9, '2 billion dollars'],
    ['150k H100s', 120_000, '120k H100s'],
    ['$1.6B', 1.63e9, '$1.63B'],
    ['$1.60', 1.7, '$1.70'],
    ['$25,000', 1_234_567, '$1,234,567'],
    ['１．６亿', 2.5e8, '２．５亿'],
    ['十亿', 2e9, '二十亿'],
    ['两千亿元', 3e11, '三千亿元'],
    ['三百五十万元', 4e6, '四百万元'],
    ['十点二三三', 10.5, '十点五'],
    ['1000多万', 2e7, '2000多万'],
    ['3万4000', 35_000, '3.5万'],
    ['1.33亿美元', 1.6e8, '1.6亿美元'],
    ['30%', 35, '35%'],
    ['百分之三十', 25, '百分之二十五'],
    ['6个百分点', 4, '4个百分点'],
    ['负3.9%', -2.5, '负2.5%'],
    ['3‰', 0.5, '5‰'],
    ['50 cents', 0.75, '75 cents'],
    ['九成', 80, '八成'],
    ['3倍', 2, '2倍'],
    ['two million users', 3e6, '3 million users'],
    ['$25,000–$40,000', 30_000, '$30,000'],
  ];
  for (const [text, value, want] of cases) {
    it(`${text} -> ${value} gives ${want}`, () => expect(rewrite(text, value)).toBe(want));
  }

  it('keeps a hedge that is outside the span untouched', () => {
    const text = '收入约6.5亿美元';
    const q = recognize(text)[0]!;
    expect(q.text).toBe('6.5亿美元');
    expect(formatLike(q, 7e8)).toBe('7亿美元');
  });

  it('adds decimals only when the rounded value would not change', () => {
    expect(rewrite('$2.6B', 2.64e9)).toBe('$2.64B');
    expect(rewrite('$2.6B', 2.9e9)).toBe('$2.9B');
  });
});
