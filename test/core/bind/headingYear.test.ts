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

// NVIDIA's fiscal year ends in late January: revenue was $7.19B in Q1 FY2024 and $18.12B in Q3 FY2024
// (bundled facts). A draft of December 2024, when a year-less quarter alone would be placed in FY2025.
describe('a year-less quarter under a heading that names one fiscal year is that fiscal year\'s', () => {
  const date = '2024-12-05';

  it('so the right figures of its quarters are not another period\'s (zh, en)', () => {
    expect(draftFindings('# 英伟达的收入\n\n## 2024财年的季度收入\n\n第一季度收入71.9亿美元，第三季度收入181.2亿美元。', date, informationToo)).toEqual([]);
    expect(draftFindings("# NVIDIA's revenue\n\n## Quarters of fiscal 2024\n\nFirst-quarter revenue was $7.19 billion and third-quarter revenue $18.12 billion.", date, informationToo)).toEqual([]);
    expect(flaggedClaim('# 英伟达的收入\n\n## 2024财年的季度收入\n\n第一季度收入71.9亿美元。', '71.9亿美元', date).claim?.period?.value).toMatchObject({ label: 'Q1 FY2024' });
  });

  it('and a wrong figure of such a quarter is still flagged (zh, en)', () => {
    expect(draftFindings('# 英伟达的收入\n\n## 2024财年的季度收入\n\n第一季度收入81.9亿美元。', date)).toEqual(['81.9亿美元 fact.value-mismatch warning']);
    expect(draftFindings("# NVIDIA's revenue\n\n## Quarters of fiscal 2024\n\nFirst-quarter revenue was $8.19 billion.", date)).toEqual(['$8.19 billion fact.value-mismatch warning']);
  });

  it('near miss: a calendar-year heading dates no quarter, which may be fiscal', () => {
    expect(flaggedClaim('# 英伟达的收入\n\n## 2024年的季度收入\n\n第一季度收入71.9亿美元。', '71.9亿美元', date).claim?.period?.value).toMatchObject({ label: 'Q1 FY2025' });
  });
});

// A date's parts may stand apart by white space ("2024财年 第一季度"), but never across a Markdown block:
// a heading's fiscal year and the paragraph's year-less quarter below it are two expressions (periods.ts).
describe('a heading\'s period and the paragraph below it are read apart', () => {
  const date = '2024-12-05';

  it('a quarter that opens the paragraph under a fiscal-year heading is that year\'s (zh, en)', () => {
    expect(flaggedClaim('## 英伟达2024财年\n\n第一季度营收为71.9亿美元。', '71.9亿美元', date).claim?.period?.value).toMatchObject({ start: '2023-02-01', end: '2023-04-30' });
    expect(flaggedClaim('## Nvidia fiscal 2024\n\nQ1 revenue was $7.19 billion.', '$7.19 billion', date).claim?.period?.value).toMatchObject({ start: '2023-02-01', end: '2023-04-30' });
  });

  it('a month that opens the paragraph under a calendar-year heading takes that year, and so does a year end carried from its lead-in', () => {
    const text = '## 2023年\n\n**6月 · MiniMax。** 估值约12亿美元。\n\n**年底 · 零一万物。** 零一万物估值约20亿美元。';
    expect(flaggedClaim(text, '12亿美元', '2024-07-05').claim?.period?.value).toMatchObject({ start: '2023-06-01', end: '2023-06-30' });
    expect(flaggedClaim(text, '20亿美元', '2024-07-05').claim?.period?.value).toMatchObject({ start: '2023-12-31' });
  });

  it('near miss: a soft line break inside a paragraph still joins a date\'s parts', () => {
    expect(flaggedClaim('Nvidia revenue in March\n2024 was $26 billion.', '$26 billion', date).claim?.period?.value).toMatchObject({ start: '2024-03-01', end: '2024-03-31' });
  });
});

// Amazon put $1.25B into Anthropic in September 2023 (bundled facts). A draft of September 2025.
describe('a month a run starts from under a year heading is that year\'s month', () => {
  const date = '2025-09-20';
  it('"9月起", "Since September" under "## 2023年" / "## 2023" run from September 2023 (zh, en)', () => {
    const zh = flaggedClaim('## 2023年\n\n- **9月起**：亚马逊向Anthropic投入12.5亿美元。', '12.5亿美元', date);
    expect(zh.claim?.period?.value).toMatchObject({ start: '2023-09-01', end: date });
    expect(zh.verdicts).toEqual([]);
    expect(flaggedClaim('## 2023\n\n- Since September: Amazon has put $1.25 billion into Anthropic.', '$1.25 billion', date).claim?.period?.value).toMatchObject({ start: '2023-09-01' });
  });

  it('near miss: a year in the paragraph is nearer than the heading', () => {
    expect(flaggedClaim('## 2023年\n\n2025年有新的进展。9月起，亚马逊向Anthropic投入12.5亿美元。', '12.5亿美元', date).claim?.period?.value).toMatchObject({ start: '2025-09-01' });
  });
});
