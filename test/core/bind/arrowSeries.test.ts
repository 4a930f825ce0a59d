/**
 * Figures joined by arrows in a table cell, beside periods joined by arrows, run from the first period to
 * the last (bind/arrowSeries.ts). Bundled facts: Meta AI's monthly users (500M in September 2024, 1B in
 * May 2025) and Llama's cumulative downloads (650M in December 2024, 1B in March 2025, 1.2B in April 2025).
 */
import { describe, expect, it } from 'vitest';
import { periodSpanOf } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-08-01';
const table = (...rows: string[]) => `## 用量\n\n| 指标 | 变化 | 时间 |\n|---|---|---|\n${rows.join('\n')}\n`;

describe('an arrow series in a table cell', () => {
  it('en: as many figures as periods pair item by item', () => {
    const text = table('| Meta AI monthly users | 500M → 1B | Sep 2024 → May 2025 |');
    expect(periodSpanOf(text, '500M', DATE)).toBe('2024-09-01..2024-09-30');
    expect(periodSpanOf(text, '1B', DATE)).toBe('2025-05-01..2025-05-31');
    for (const figure of ['500M', '1B']) expect(flaggedClaim(text, figure, DATE).verdicts, figure).toEqual([]);
  });

  it('zh: three figures over two periods: the ends pair, the one between takes none', () => {
    const text = table('| Llama累计下载量 | 6.5亿次 → 10亿次 → 12亿次 | 2024年12月 → 2025年4月 |');
    expect(periodSpanOf(text, '6.5亿次', DATE)).toBe('2024-12-01..2024-12-31');
    expect(periodSpanOf(text, '10亿次', DATE)).toBeUndefined();
    expect(periodSpanOf(text, '12亿次', DATE)).toBe('2025-04-01..2025-04-30');
    for (const figure of ['6.5亿次', '10亿次', '12亿次']) expect(flaggedClaim(text, figure, DATE).verdicts, figure).toEqual([]);
  });

  it('wrong variant: the ends swapped are each the other period\'s', () => {
    const text = table('| Meta AI monthly users | 1B → 500M | Sep 2024 → May 2025 |');
    expect(flaggedClaim(text, '1B', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('near miss: a label with one period dates the whole cell as before', () => {
    const text = table('| Meta AI monthly users | 500M → 1B | May 2025 |');
    expect(periodSpanOf(text, '500M', DATE)).toBe('2025-05-01..2025-05-31');
  });
});
