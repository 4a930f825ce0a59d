/**
 * A relation that fails on a figure the fact base supports blames an operand, not that figure
 * (checks/arithmetic/index.ts `confirmedResults`): "英伟达股价下跌17%，从142.62美元跌至约108美元" — the 17% is
 * the day's recorded fall (bundled fact, 27 January 2025); the close was about $118.5, so the 108 is the
 * mistake. The finding drops to information and names the operands. A result the facts do not support
 * is flagged as before.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis } from '../../../helpers/draftFindings';

const DATE = '2025-03-01';
const growthFindings = (text: string) => draftAnalysis(text, DATE).findings.filter((f) => f.check === 'arith.growth').map((f) => `${f.text} ${f.severity}`);

describe('a supported result is not blamed for a relation that fails on an operand', () => {
  it.each([
    ['1月27日，英伟达股价下跌17%，从142.62美元跌至约108美元，市值蒸发约5890亿美元。\n', '17%'],
    ['On January 27, 2025, Nvidia shares fell 17%, from $142.62 to about $108.\n', '17%'],
  ])('%s', (text, figure) => {
    expect(growthFindings(text)).toEqual([`${figure} information`]);
    const f = draftAnalysis(text, DATE).findings.find((x) => x.check === 'arith.growth');
    expect(f?.computation?.join(' ')).toMatch(/142\.62/);
  });

  it.each([
    // 50% matches no fact of the day: the relation's finding stands.
    ['1月27日，英伟达股价下跌50%，从142.62美元跌至约108美元，市值蒸发约5890亿美元。\n', '50%'],
    ['On January 27, 2025, Nvidia shares fell 50%, from $142.62 to about $108.\n', '50%'],
  ])('near miss, still flagged: %s', (text, figure) => {
    expect(growthFindings(text)).toEqual([`${figure} error`]);
  });
});
