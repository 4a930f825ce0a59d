/**
 * A span of whole years dealt out over a list with 分别 / "respectively" (bind/respectiveYears.ts): the
 * k-th figure is the k-th year's, not the whole span's. Bundled facts: Zhipu AI's revenue ¥57M (2022),
 * ¥125M (2023), ¥312M (2024).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2026-01-10';
const yearOf = (text: string, figure: string) => {
  const p = analyzedClaim(text, figure, DATE)?.period?.value;
  return p && `${p.start}..${p.end}`;
};
const YEAR = (y: number) => `${y}-01-01..${y}-12-31`;

describe('a span of years with 分别 / "respectively" dates each figure by its place', () => {
  it('zh: "2022至2024年收入分别为A、B、C元"', () => {
    const zh = '据招股书，智谱2022至2024年的收入分别为0.57亿、1.25亿、3.12亿元。';
    expect([yearOf(zh, '0.57亿'), yearOf(zh, '1.25亿'), yearOf(zh, '3.12亿元')]).toEqual([YEAR(2022), YEAR(2023), YEAR(2024)]);
    for (const figure of ['0.57亿', '1.25亿', '3.12亿元']) expect(flaggedClaim(zh, figure, DATE).verdicts, figure).toEqual([]);
  });

  it('en: "in 2022–2024 … A, B and C respectively", "from 2022 to 2024 … respectively, A, B and C"', () => {
    const after = "Per its prospectus, Zhipu AI's revenue in 2022–2024 was RMB 57 million, RMB 125 million and RMB 312 million respectively.";
    expect([yearOf(after, 'RMB 57 million'), yearOf(after, 'RMB 125 million'), yearOf(after, 'RMB 312 million')]).toEqual([YEAR(2022), YEAR(2023), YEAR(2024)]);
    const before = "From 2022 to 2024, Zhipu AI's revenue was, respectively, RMB 57 million, RMB 125 million and RMB 312 million.";
    expect([yearOf(before, 'RMB 57 million'), yearOf(before, 'RMB 312 million')]).toEqual([YEAR(2022), YEAR(2024)]);
    for (const figure of ['RMB 57 million', 'RMB 125 million', 'RMB 312 million']) expect(flaggedClaim(after, figure, DATE).verdicts, figure).toEqual([]);
  });

  it('wrong variant: figures in the wrong order are each the other year’s', () => {
    const zh = '据招股书，智谱2022至2024年的收入分别为0.57亿、3.12亿、1.25亿元。';
    expect(flaggedClaim(zh, '3.12亿', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim(zh, '1.25亿元', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('near misses: a list of another length, or no marker, leaves the span the figure’s own', () => {
    const SPAN = '2022-01-01..2024-12-31';
    expect(yearOf('据招股书，智谱2022至2024年的收入分别为0.57亿、1.25亿元。', '0.57亿')).toBe(SPAN);
    expect(yearOf('据招股书，智谱2022至2024年累计收入4.94亿元。', '4.94亿元')).toBe(SPAN);
    expect(yearOf("Zhipu AI's revenue in 2022–2024 totalled RMB 494 million.", 'RMB 494 million')).toBe(SPAN);
  });
});

describe('a list of dates before a list of figures pairs them in order (bind/respectiveYears.ts)', () => {
  const MONTH = (m: number) => `2024-${String(m).padStart(2, '0')}-01..2024-${String(m).padStart(2, '0')}-${m === 11 ? 30 : 31}`;
  it('zh: "2024年10月、11月、12月的月平均汇率分别为A、B和C"', () => {
    const zh = '2024年10月、11月、12月美元兑人民币的月平均汇率分别为7.0881、7.2063和7.2807。';
    expect([yearOf(zh, '7.0881'), yearOf(zh, '7.2063'), yearOf(zh, '7.2807')]).toEqual([MONTH(10), MONTH(11), MONTH(12)]);
    for (const figure of ['7.0881', '7.2063', '7.2807']) expect(flaggedClaim(zh, figure, DATE).verdicts, figure).toEqual([]);
  });

  it('en: "in October, November and December 2024 … were A, B and C" gives no figure the last month', () => {
    const en = 'The USD/CNY monthly averages in October, November and December 2024 were 7.0881, 7.2063 and 7.2807.';
    expect(yearOf(en, '7.0881')).not.toBe(MONTH(12));
    for (const figure of ['7.0881', '7.2063', '7.2807']) expect(flaggedClaim(en, figure, DATE).verdicts, figure).toEqual([]);
  });

  it('near miss: dates and figures of different counts date no figure by the last date', () => {
    const zh = '2024年11月、12月美元兑人民币的月平均汇率分别为7.0881、7.2063和7.2807。';
    expect(yearOf(zh, '7.0881')).toBeUndefined();
    expect(flaggedClaim(zh, '7.0881', DATE).verdicts).toEqual([]);
  });
});
