/**
 * A month (or day) in a column headed "Ended", "Quarter ended", "Period ending", 截至 or 季度末 ends the
 * row's quarter (or year): it is not the period itself (bind/endedColumn.ts). With the bundled facts
 * (Nvidia's fiscal quarters end in late April, July, October and January).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2024-06-15';
const table = (header: string, rows: string) => `${header}\n|---|---|---|\n${rows}\n`;

describe('an "ended" column dates the end of the row\'s quarter', () => {
  itIsSilent(
    [
      [table('| FY2024 quarter | Ended | Nvidia revenue |', '| Q2 | July 2023 | $13.51 billion |'), '$13.51 billion'],
      [table('| FY2024 quarter | Ended | Nvidia revenue |', '| Q3 | October 2023 | $18.12 billion |'), '$18.12 billion'],
      [table('| Nvidia quarter | Quarter ended | Data center revenue |', '| Q4 FY2024 | Jan 2024 | $18.4B |'), '$18.4B'],
      [table('| Quarter | Period ending | Nvidia revenue |', '| Q1 | April 2023 | $7.19 billion |'), '$7.19 billion'],
      [table('| 英伟达季度 | 截至 | 营收 |', '| 2024财年第三季度 | 2023年10月 | 181.2亿美元 |'), '181.2亿美元'],
      [table('| 季度 | 季度末 | 英伟达营收 |', '| 第二季度 | 2023年7月 | 135.1亿美元 |'), '135.1亿美元'],
      [table('| FY2024 quarter | Ended | Nvidia revenue |', '| Q2 | July 30, 2023 | $13.51 billion |'), '$13.51 billion'],
      [table('| 季度 | 截至 | 英伟达营收 |', '| 2024财年第二季度 | 2023年7月30日 | 135.1亿美元 |'), '135.1亿美元'],
    ],
    DATE,
  );

  it('reads the row as the quarter ending with the month', () => {
    const { claim } = flaggedClaim(table('| FY2024 quarter | Ended | Nvidia revenue |', '| Q2 | July 2023 | $13.51 billion |'), '$13.51 billion', DATE);
    expect(claim?.period?.value).toMatchObject({ start: '2023-05-01', end: '2023-07-31' });
  });

  it('still flags another quarter\'s figure in the row', () => {
    expect(flaggedClaim(table('| FY2024 quarter | Ended | Nvidia revenue |', '| Q3 | October 2023 | $13.51 billion |'), '$13.51 billion', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim(table('| 季度 | 截至 | 英伟达营收 |', '| 第三季度 | 2023年10月 | 135.1亿美元 |'), '135.1亿美元', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('leaves a month column that does not say "ended" as a month', () => {
    const { claim } = flaggedClaim(table('| Company | Month | Revenue |', '| Nvidia | July 2023 | $13.51 billion |'), '$13.51 billion', DATE);
    expect(claim?.period?.value).toMatchObject({ start: '2023-07-01', end: '2023-07-31' });
  });
});
