/**
 * A fiscal label on a figure with no owner bound ("Intelligent Cloud revenue was … in Q3 FY2024") is
 * counted in the calendar of the company its paragraph last named (a segment's, product's or
 * subsidiary's figures are told in their parent's fiscal year), not the calendar year; and a wrong
 * period whose two labels read the same is the binding's reckoning, never reported.
 * Bundled facts: Microsoft's Intelligent Cloud made $25.9B in Q2 FY2024 (Oct-Dec 2023) and $26.71B in
 * Q3 FY2024 (Jan-Mar 2024); Microsoft's fiscal year ends in June.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';
import { sameLabelOtherSpan } from '../../../server/src/core/checks/facts/periodContrast';

const DATE = '2025-03-01';

describe("an ownerless figure's fiscal label is read in the calendar of the company named before it", () => {
  itIsSilent(
    [
      ['Microsoft reports Azure inside a wider segment. Intelligent Cloud revenue came to $26.71 billion in Q3 FY2024.', '$26.71 billion'],
      ['Azure is one of several businesses in its segment. Intelligent Cloud revenue came to $25.9 billion in Q2 FY2024.', '$25.9 billion'],
      ['微软把Azure放在更大的业务部门中披露。智能云收入在2024财年第三季度为267.1亿美元。', '267.1亿美元'],
    ],
    DATE,
  );

  it('reads the label as the parent company counts it', () => {
    const { claim } = flaggedClaim('Azure is one of several businesses in its segment. Intelligent Cloud revenue came to $25.9 billion in Q2 FY2024.', '$25.9 billion', DATE);
    expect(claim?.period?.value).toMatchObject({ start: '2023-10-01', end: '2023-12-31' });
  });

  it('still flags the figure of another quarter, in both languages', () => {
    expect(flaggedClaim('Microsoft reports Azure inside a wider segment. Intelligent Cloud revenue came to $26.71 billion in Q2 FY2024.', '$26.71 billion', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim('微软把Azure放在更大的业务部门中披露。智能云收入在2024财年第二季度为267.1亿美元。', '267.1亿美元', DATE).verdicts).toEqual(['wrong-period']);
  });
});

describe('one label over two spans is the same period counted in two calendars', () => {
  const period = (label: string, start: string, end: string) => ({ label, start, end });
  it('holds for a label and its glossed twin over other dates', () => {
    expect(sameLabelOtherSpan(period('Q1 FY2024', '2024-01-01', '2024-03-31'), period('Q1 FY2024 (Jul-Sep 2023)', '2023-07-01', '2023-09-30'))).toBe(true);
  });
  it('not for two labels, nor for one span (guidance given at two times)', () => {
    expect(sameLabelOtherSpan(period('Q2 FY2024', '2023-10-01', '2023-12-31'), period('Q3 FY2024', '2024-01-01', '2024-03-31'))).toBe(false);
    expect(sameLabelOtherSpan(period('2025', '2025-01-01', '2025-12-31'), period('2025 (guided Oct 2025)', '2025-01-01', '2025-12-31'))).toBe(false);
  });
});
