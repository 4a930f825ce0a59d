/**
 * A year-less month under a heading that names one calendar year takes that year (bind/headingYear.ts):
 * a timeline's "## 2024年" then "- **9月**：…" is September 2024, not the last September before the
 * draft's date. A draft of February 2026; Meta AI's ~500M monthly users were stated in September 2024
 * and Llama's 650M downloads in December 2024 (bundled facts).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2026-02-20';
const informationToo = ['error', 'warning', 'information'] as const;

describe('a timeline heading gives its months their year', () => {
  it('dates a year-less month by the heading year (zh, en)', () => {
    expect(flaggedClaim('## 2024年\n\n- **9月**：Meta AI月活跃用户约5亿。', '5亿', DATE).claim?.period?.value).toMatchObject({ start: '2024-09-01', end: '2024-09-30' });
    expect(flaggedClaim('## 2024\n\n- September: Meta AI had about 500 million monthly users.', '500 million monthly users', DATE).claim?.period?.value).toMatchObject({ start: '2024-09-01' });
  });

  it('so the right figure of that month is not called another period\'s', () => {
    expect(draftFindings('## 2024年\n\n- **9月**：Meta AI月活跃用户约5亿。\n- **12月**：Llama系列模型累计下载量达6.5亿次。', DATE, informationToo)).toEqual([]);
  });

  it('near miss: a year in the paragraph is nearer than the heading', () => {
    expect(flaggedClaim('## 2024年\n\n2025年初有新的统计。9月，Meta AI月活跃用户约5亿。', '5亿', DATE).claim?.period?.value).toMatchObject({ start: '2025-09-01' });
  });

  it('near miss: a heading with a fiscal year or two years gives no year', () => {
    expect(flaggedClaim('## 2024财年\n\n- **9月**：Meta AI月活跃用户约5亿。', '5亿', DATE).claim?.period?.value).toMatchObject({ start: '2025-09-01' });
    expect(flaggedClaim('## 2023年与2024年\n\n- **9月**：Meta AI月活跃用户约5亿。', '5亿', DATE).claim?.period?.value).toMatchObject({ start: '2025-09-01' });
  });
});
