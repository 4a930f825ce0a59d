/**
 * A date in brackets right after a period, inside it or at its close ("第二季度（截至2023年7月30日）",
 * "Q2 FY2024 (ended July 30, 2023)"), glosses that period: "the next quarter", 下一季度 after it step
 * from the quarter, in its sentence or the next, not from the document's date.
 * Bundled facts: Nvidia's revenue was $13.51B in Q2 FY2024, $18.12B in Q3 FY2024 and $22.1B in Q4 FY2024.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';
import { glossesPeriod } from '../../../server/src/core/bind/periodGloss';

const DATE = '2025-10-29';
const ZH_Q2 = '英伟达2024财年第二季度（截至2023年7月30日）营收135.07亿美元';
const EN_Q2 = "Nvidia's revenue for Q2 FY2024 (ended July 30, 2023) was $13.51 billion";

describe('the next quarter steps from the quarter a bracketed date glosses', () => {
  itIsSilent(
    [
      [`${ZH_Q2}；下一季度营收升至181.2亿美元。`, '181.2亿美元'],
      [`${ZH_Q2}。下一季度营收升至181.2亿美元。`, '181.2亿美元'],
      [`${EN_Q2}; the next quarter's revenue reached $18.12 billion.`, '$18.12 billion'],
    ],
    DATE,
  );

  it('reads the quarter after the glossed one', () => {
    expect(flaggedClaim(`${ZH_Q2}；下一季度营收升至181.2亿美元。`, '181.2亿美元', DATE).claim?.period?.value.label).toBe('Q3 FY2024');
    expect(flaggedClaim(`${EN_Q2}. The following quarter's revenue reached $18.12 billion.`, '$18.12 billion', DATE).claim?.period?.value.label).toBe('Q3 FY2024');
  });

  it("still flags another quarter's figure", () => {
    expect(flaggedClaim(`${ZH_Q2}；下一季度营收升至221亿美元。`, '221亿美元', DATE).verdicts).toEqual(['wrong-period']);
  });
});

describe('a gloss is a bracketed date inside the period before it', () => {
  const q2 = { label: 'Q2 FY2024', start: '2023-05-01', end: '2023-07-28' };
  const day = (d: string) => ({ label: d, start: d, end: d });
  it('at its close, to the week', () => {
    expect(glossesPeriod('（截至', day('2023-07-30'), q2)).toBe(true);
    expect(glossesPeriod(' (ended ', day('2023-07-30'), q2)).toBe(true);
  });
  it('not outside it, nor without a bracket', () => {
    expect(glossesPeriod(' (', day('2023-09-15'), q2)).toBe(false);
    expect(glossesPeriod('营收135亿美元；', day('2023-07-30'), q2)).toBe(false);
  });
});
