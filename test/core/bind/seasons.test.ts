/**
 * Seasons are periods relative to the document's date (northern meteorological seasons: spring Mar–May,
 * summer Jun–Aug, autumn Sep–Nov, winter Dec–Feb): "this summer", "last spring", "next fall", "over the
 * winter", "the summer of 2024", 今年夏天, 去年秋天, 2024年夏季. They are approximate: a fact inside or
 * overlapping the season supports the figure, and a finding on one is never an error (bind/yearParts.ts).
 */
import { describe, expect, it } from 'vitest';
import { periodsIn as periods } from './helpers';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const OCTOBER = '2025-10-15';

describe('season words', () => {
  it('English, relative to the document\'s date', () => {
    expect(periods('This summer it raised again.', OCTOBER)).toEqual([['This summer', '2025-06-01', '2025-08-31']]);
    expect(periods('It launched last spring.', OCTOBER)).toEqual([['last spring', '2025-03-01', '2025-05-31']]);
    expect(periods('It will ship next fall.', OCTOBER)).toEqual([['next fall', '2026-09-01', '2026-11-30']]);
    expect(periods('Sales slowed over the winter.', OCTOBER)).toEqual([['the winter', '2024-12-01', '2025-02-28']]);
    expect(periods('This winter will be busy.', '2026-01-20')).toEqual([['This winter', '2025-12-01', '2026-02-28']]);
  });

  it('English, of a written year', () => {
    expect(periods('in the summer of 2024', OCTOBER)).toEqual([['the summer of 2024', '2024-06-01', '2024-08-31']]);
    expect(periods('in autumn 2023', OCTOBER)).toEqual([['autumn 2023', '2023-09-01', '2023-11-30']]);
  });

  it('Chinese', () => {
    expect(periods('今年夏天，它完成了新一轮融资。', OCTOBER)).toEqual([['今年夏天', '2025-06-01', '2025-08-31']]);
    expect(periods('去年秋天', OCTOBER)).toEqual([['去年秋天', '2024-09-01', '2024-11-30']]);
    expect(periods('2024年夏季', OCTOBER)).toEqual([['2024年夏季', '2024-06-01', '2024-08-31']]);
    expect(periods('今年春季', OCTOBER)).toEqual([['今年春季', '2025-03-01', '2025-05-31']]);
  });

  it('near misses: the fall in prices, the Spring Festival, 春节, 季度', () => {
    expect(periods('the fall in GPU prices', OCTOBER)).toEqual([]);
    expect(periods('this fall in revenue', OCTOBER)).toEqual([]);
    expect(periods('during the Spring Festival', OCTOBER)).toEqual([]);
    expect(periods('春节期间', OCTOBER)).toEqual([]);
    expect(periods('第一季度', OCTOBER)).toEqual([['第一季度', '2025-01-01', '2025-03-31']]);
  });
});

describe('a figure dated by a season', () => {
  // Perplexity: $500M at $9B reported in November 2024; $500M at $14B reported for mid-2025 (May–July).
  itIsSilent(
    [
      ['Last November Perplexity raised $500 million at a $9 billion valuation. This summer, according to the Wall Street Journal, it was closing another $500 million at $14 billion.', '$14 billion'],
      ['Last November Perplexity raised $500 million at a $9 billion valuation. This summer, according to the Wall Street Journal, it was closing another $500 million at $14 billion.', '$500 million'],
      ['Perplexity去年11月以90亿美元估值融资5亿美元。今年夏天，它又以140亿美元估值融资5亿美元。', '140亿美元'],
    ],
    OCTOBER,
  );

  it('is bound as approximate and inferred: never an error', () => {
    const { claim } = flaggedClaim('This summer Perplexity was valued at $14 billion.', '$14 billion', OCTOBER);
    expect(claim?.period?.value).toMatchObject({ start: '2025-06-01', end: '2025-08-31' });
    expect(claim?.period).toMatchObject({ approximate: true, inferred: true });
  });

  it('still calls another season\'s figure a wrong period, as a warning (English and Chinese)', () => {
    expect(flaggedClaim('In the summer of 2025 Perplexity was valued at $9 billion.', '$9 billion', OCTOBER).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim('2025年夏季，Perplexity的估值为90亿美元。', '90亿美元', OCTOBER).verdicts).toEqual(['wrong-period']);
  });
});
