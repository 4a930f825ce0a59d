/**
 * Writers name a quarter by the month it ends in: a flow figure of the quarter (or fiscal year) that
 * ends with the claim's month is not a wrong period for that month (checks/facts/monthNamesQuarter.ts).
 * A month outside the quarter is still another period; a month that starts it lies inside its span,
 * which the severity gate (monthInsideSpan.ts) keeps at information. With the bundled facts
 * (Nvidia's fiscal quarters end in late April, July, October and January).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2024-06-15';

describe('a month that names the quarter ending in it', () => {
  itIsSilent(
    [
      ["Nvidia's revenue in July 2023 was $13.51 billion.", '$13.51 billion'],
      ['In October 2023 Nvidia reported data center revenue of $14.51 billion for its quarter.', '$14.51 billion'],
      ['Nvidia posted revenue of $22.1 billion in January 2024.', '$22.1 billion'],
      ['| Company | Month | Revenue |\n|---|---|---|\n| Nvidia | July 2023 | $13.51 billion |\n', '$13.51 billion'],
      ['英伟达2023年10月营收181.2亿美元。', '181.2亿美元'],
      ['2024年1月,英伟达数据中心收入为184亿美元。', '184亿美元'],
      ['| Company | Date | Revenue |\n|---|---|---|\n| Nvidia | 2023-10-29 | $18.12 billion |\n', '$18.12 billion'],
    ],
    DATE,
  );

  it('a month that starts the quarter is inside its span: the wrong period is information only (monthInsideSpan.ts)', () => {
    expect(flaggedClaim("Nvidia's revenue in May 2023 was $13.51 billion.", '$13.51 billion', DATE).verdicts).toEqual([]);
    expect(flaggedClaim('英伟达2023年8月营收181.2亿美元。', '181.2亿美元', DATE).verdicts).toEqual([]);
    expect(draftFindings("Nvidia's revenue in May 2023 was $13.51 billion.", DATE, ['information'])).toEqual(['$13.51 billion fact.wrong-period information']);
    expect(draftFindings('英伟达2023年8月营收181.2亿美元。', DATE, ['information'])).toEqual(['181.2亿美元 fact.wrong-period information']);
  });

  it('still flags a month outside the quarter', () => {
    expect(flaggedClaim("Nvidia's revenue in January 2024 was $18.12 billion.", '$18.12 billion', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim('英伟达2023年12月营收181.2亿美元。', '181.2亿美元', DATE).verdicts).toEqual(['wrong-period']);
  });
});
