/**
 * A year's quarters, or a written range of quarters or months, dealt out over a list with 分别 /
 * "respectively" (bind/respectiveQuarters.ts): the k-th figure is the k-th quarter's, not the year's.
 * Bundled facts: Nvidia's revenue in fiscal 2025 (ended January 2025) was $26.0B, $30.0B, $35.1B and
 * $39.3B by quarter, $130.5B for the year.
 */
import { describe, expect, it } from 'vitest';
import { periodSpanOf } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-04-10';
const spanOf = (text: string, figure: string) => periodSpanOf(text, figure, DATE);
const Q = ['2024-02-01..2024-04-30', '2024-05-01..2024-07-31', '2024-08-01..2024-10-31', '2024-11-01..2025-01-31'];

describe('a year\'s quarters with 分别 / "respectively" date each figure by its place', () => {
  it('zh: "2025财年四个季度的营收分别为A、B、C和D"', () => {
    const zh = '英伟达2025财年四个季度的营收分别约为260亿、300亿、351亿和393亿美元。';
    const figures = ['260亿', '300亿', '351亿', '393亿美元'];
    expect(figures.map((f) => spanOf(zh, f))).toEqual(Q);
    for (const figure of figures) expect(flaggedClaim(zh, figure, DATE).verdicts, figure).toEqual([]);
  });

  it('en: "the four quarters of fiscal 2025 … respectively", "Q1–Q4 of fiscal 2025 … respectively"', () => {
    const four = "Nvidia's revenue in the four quarters of fiscal 2025 was $26.0 billion, $30.0 billion, $35.1 billion and $39.3 billion respectively.";
    const range = "Nvidia's revenue for Q1–Q4 of fiscal 2025 was, respectively, $26.0 billion, $30.0 billion, $35.1 billion and $39.3 billion.";
    const figures = ['$26.0 billion', '$30.0 billion', '$35.1 billion', '$39.3 billion'];
    for (const text of [four, range]) {
      expect(figures.map((f) => spanOf(text, f))).toEqual(Q);
      for (const figure of figures) expect(flaggedClaim(text, figure, DATE).verdicts, figure).toEqual([]);
    }
  });

  it('zh: 依次 deals the quarters out as 分别 does, past a bracketed gloss of the year ("FY2025（截至2025年1月）")', () => {
    const zh = '英伟达FY2025（截至2025年1月）四个季度的营收依次为260亿、300亿、351亿和393亿美元。';
    const figures = ['260亿', '300亿', '351亿', '393亿美元'];
    expect(figures.map((f) => spanOf(zh, f))).toEqual(Q);
    for (const figure of figures) expect(flaggedClaim(zh, figure, DATE).verdicts, figure).toEqual([]);
    // Out of order under 依次, the figure is still another quarter's.
    expect(flaggedClaim('英伟达FY2025（截至2025年1月）四个季度的营收依次为260亿、351亿、300亿和393亿美元。', '351亿', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('zh: a written range of quarters, "2025财年第一至第三季度的营收分别为A、B、C"', () => {
    const zh = '英伟达2025财年第一至第三季度的营收分别为260亿、300亿和351亿美元。';
    expect(['260亿', '300亿', '351亿美元'].map((f) => spanOf(zh, f))).toEqual(Q.slice(0, 3));
  });

  it('wrong variant: figures in the wrong order are each the other quarter\'s', () => {
    const zh = '英伟达2025财年四个季度的营收分别约为260亿、351亿、300亿和393亿美元。';
    expect(flaggedClaim(zh, '351亿', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim(zh, '300亿', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('near misses: four quarters and three figures place none; a range and another count keep the range', () => {
    expect(spanOf('英伟达2025财年四个季度的营收分别为260亿、300亿和351亿美元。', '300亿')).toBeUndefined();
    expect(flaggedClaim('英伟达2025财年四个季度的营收分别为260亿、300亿和351亿美元。', '300亿', DATE).verdicts).toEqual([]);
    // Cumulative figures of two measures over the range: the range is each one's.
    expect(spanOf('英伟达2025财年前三个季度的营收和净利润分别为912亿美元和505亿美元。', '912亿美元')).toBe('2024-02-01..2024-10-31');
    // No marker: the year is the figure's own.
    expect(spanOf('英伟达2025财年四个季度合计营收1305亿美元。', '1305亿美元')).toBe('2024-02-01..2025-01-31');
  });
});
