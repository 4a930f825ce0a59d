/**
 * A rate per period ("a month", 每年) is not shared with a coordinated amount whose label dates it: "每年约
 * 1270亿元；过去一年的1200亿元", "每月20美元，一年240美元", "$60 billion a year, and last year $48 billion" are a rate
 * and the level of one period. A named item of a price list still shares it ("Plus costs $20 a month, and
 * Pro $200").
 */
import { describe, expect, it } from 'vitest';
import { recognizeUnchecked } from '../../../server/src/core/recognize/index';
import { draftFindings } from '../../helpers/draftFindings';

const perOf = (text: string, figure: string) => recognizeUnchecked(text).find((q) => q.text === figure)?.per;

describe('a dated amount after a rate takes no cadence', () => {
  it.each([
    ['按三年平均，每年约1270亿元；过去一年的1200亿元已接近三分之一。', '1200亿元'],
    ['订阅价格是每月20美元，一年240美元。', '240美元'],
    ['The plan implies about $60 billion a year, and last year $48 billion.', '$48 billion'],
    ['Spending runs at $60 billion a year, and in 2024 $48 billion.', '$48 billion'],
  ])('%s', (text, figure) => {
    expect(perOf(text, figure)).toBeUndefined();
  });

  it('a named item of the list still shares it', () => {
    expect(perOf('Plus costs $20 a month, and Pro $200.', '$200')).toEqual({ amount: 1, unit: 'month' });
    expect(perOf('Plus每月20美元，Pro 200美元。', '200美元')).toEqual({ amount: 1, unit: 'month' });
  });

  it('an average over three years is not checked against the year before', () => {
    const findings = draftFindings('阿里巴巴宣布未来三年投入超过3800亿元。按三年平均，每年约1270亿元；去年投入1200亿元。', '2025-06-01');
    expect(findings.filter((f) => f.startsWith('1200亿元 arith.ratio'))).toEqual([]);
  });
});
