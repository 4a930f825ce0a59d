/**
 * A figure quoted as someone else wrote it ("有转载写成“28.81亿美元”", 'wrote it as "$2.881 billion"') is the
 * paragraph's earlier figure with the same digits, of its measure, owner and period (bind/misquotedFigure.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-10-01';

describe('a misquote carries the measure of the figure it misquotes', () => {
  it('Chinese: 写成“…” in another currency is flagged', () => {
    const text = '寒武纪今年上半年营收28.81亿元，同比增长很快。有海外转载写成“28.81亿美元”，把规模放大了七倍。';
    const claim = analyzedClaim(text, '28.81亿美元', DATE);
    expect(claim?.metric?.value).toBe('revenue');
    expect(claim?.metric?.how).toBe('context');
    expect(flaggedClaim(text, '28.81亿美元', DATE).verdicts).toContain('wrong-currency');
  });

  it('English: wrote it as "…"', () => {
    const text = 'Cambricon\'s revenue for the first half of 2025 was 2.881 billion yuan. One wire wrote it as "$2.881 billion", seven times too much.';
    expect(flaggedClaim(text, '$2.881 billion', DATE).verdicts).toContain('wrong-currency');
  });

  it('a quote that repeats the figure as it was is not flagged', () => {
    const text = '寒武纪2025年上半年营收28.81亿元，净利润10.38亿元。有海外转载写成“28.81亿元”。';
    expect(flaggedClaim(text, '28.81亿元', DATE).verdicts).toEqual([]);
  });
});

describe('not when the misquoted figure cannot be told', () => {
  it('two earlier figures with the same digits', () => {
    const text = '英伟达2025财年数据中心收入1152亿美元，净利润也是1152亿美元。有人写成“1152亿元”。';
    expect(analyzedClaim(text, '1152亿元', DATE)?.metric).toBeUndefined();
  });

  it('no verb of writing it so before the quote', () => {
    const text = '寒武纪今年上半年营收28.81亿元。另一家公司的“28.81亿美元”是另一回事。';
    expect(analyzedClaim(text, '28.81亿美元', DATE)?.metric?.value).not.toBe('revenue');
  });
});
