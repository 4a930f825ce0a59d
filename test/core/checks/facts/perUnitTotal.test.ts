/**
 * A per-unit fact (a share price, a price per GPU, per million tokens) meets only a price: a figure with
 * no denominator written with a scale word larger than the fact's figure ("$18.5 billion", "185亿美元")
 * is an amount of many units, never the price of one, whatever words bound it to the price metric
 * (factMatch.perFits). Bundled facts: CoreWeave opened at $39 a share on 2025-03-28, after pricing its
 * IPO at $40 on 2025-03-27.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis, draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-11-20';
const verdictOf = (text: string, span: string) => draftAnalysis(text, DATE).claims.find((c) => c.quantity.text.startsWith(span))?.verdict;

describe('a total bound to a per-share price', () => {
  it('is not compared with the share price (English table row)', () => {
    const text = "# CoreWeave's listing\n\n| Milestone | Figure | Date |\n|---|---|---|\n| Value at first trade | $18.5 billion | Mar 28, 2025 |";
    expect(draftFindings(text, DATE)).toEqual([]);
    expect(verdictOf(text, '$18.5 billion')).toBe('unverifiable');
  });

  it('is not compared with the share price (Chinese)', () => {
    expect(draftFindings('2025年3月28日，CoreWeave首日开盘价对应185亿美元。', DATE)).toEqual([]);
    const row = '# CoreWeave上市\n\n| 项目 | 数值 | 日期 |\n|---|---|---|\n| 首日开盘价对应价值 | 185亿美元 | 2025年3月28日 |';
    expect(draftFindings(row, DATE)).toEqual([]);
  });
});

describe('a price is still judged against the per-share fact', () => {
  it('supports a price written per share or in a sentence about the price', () => {
    expect(verdictOf('CoreWeave opened at $39 a share on March 28, 2025.', '$39')).toBe('supported');
    expect(verdictOf('CoreWeave shares opened at $39 on March 28, 2025.', '$39')).toBe('supported');
    expect(verdictOf('CoreWeave priced its IPO at $40 a share on March 27, 2025.', '$40')).toBe('supported');
    expect(verdictOf('2025年3月27日，CoreWeave以每股40美元定价IPO。', '40美元')).toBe('supported');
  });

  it('flags a wrong price per share, in a sentence or a table row beside a total', () => {
    expect(draftFindings('2025年3月28日，CoreWeave开盘价为每股52美元。', DATE)).toEqual(['52美元 fact.value-mismatch error']);
    const row = '# CoreWeave上市\n\n| 项目 | 数值 | 日期 |\n|---|---|---|\n| 首日开盘价对应价值 | 185亿美元 | 2025年3月28日 |\n| 首日开盘价 | 52美元 | 2025年3月28日 |';
    expect(draftFindings(row, DATE)).toEqual(['52美元 fact.value-mismatch warning']);
  });
});

describe('a total bound to a price per million tokens (o1: $60 per million output tokens)', () => {
  it('is not compared with the price, while the bare price still is', () => {
    expect(draftFindings('And o1, the older reasoning model, still lists at $80 million output.', '2025-06-01')).toEqual([]);
    expect(draftFindings('And o1, the older reasoning model, still lists at $80 output.', '2025-06-01')).toEqual(['$80 fact.value-mismatch warning']);
  });
});
