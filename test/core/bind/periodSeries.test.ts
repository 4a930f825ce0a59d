/**
 * A clause of nothing but a period and a figure continues the measure of the clause before it
 * (bind/metrics.ts, bareClause): "第一财季数据中心收入226亿美元，第二财季236亿美元", "revenue was 312
 * million yuan in 2024, 125 million yuan in 2023 and only 75 million yuan in 2022". Any period the
 * period reader understands counts as period words (第二财季, "the second quarter of fiscal 2025"), so do
 * the series' other figures and a focus word (仅, only). The measure is named once for the row, as a
 * table header names it for its column, so the binding is as plain as the number's own clause.
 * Bundled facts: Nvidia's data-center revenue was $26.3B in Q2 FY2025; Zhipu's revenue 0.57亿元 in 2022.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flagged } from '../../helpers/flagged';

const metricOf = (text: string, figure: string) => {
  const m = analyzedClaim(text, figure, '2025-03-01')?.metric;
  return m ? `${m.value} (${m.how})` : 'none';
};

describe('a series of periods sharing one measure', () => {
  it('binds each later entry to the measure (Chinese)', () => {
    expect(metricOf('英伟达第一财季数据中心收入226亿美元，第二财季263亿美元，第三财季308亿美元。', '263亿美元')).toBe('revenue.datacenter (explicit)');
    expect(metricOf('据招股书，智谱2024年收入3.12亿元，2023年为1.25亿元，2022年仅0.57亿元。', '0.57亿元')).toBe('revenue (explicit)');
  });

  it('and in English, where one clause may hold several entries', () => {
    expect(metricOf("Zhipu's revenue was 312 million yuan in 2024, 125 million yuan in 2023 and only 57 million yuan in 2022.", '57 million yuan')).toBe('revenue (explicit)');
    expect(metricOf("Nvidia's data center revenue was $22.6 billion in the first quarter of fiscal 2025, $26.3 billion in the second quarter of fiscal 2025.", '$26.3 billion')).toBe('revenue.datacenter (explicit)');
  });

  it('flags a wrong entry of the series', () => {
    expect(flagged('英伟达第一财季数据中心收入226亿美元，第二财季236亿美元。', '2025-03-01')).toEqual(['236亿美元 fact.value-mismatch']);
    expect(flagged('智谱2024年收入3.12亿元，2023年为1.25亿元，2022年仅0.75亿元。', '2025-03-01')).toEqual(['0.75亿元 fact.value-mismatch']);
    expect(flagged("Zhipu's revenue was 312 million yuan in 2024, 125 million yuan in 2023 and only 75 million yuan in 2022.", '2025-03-01')).toEqual(['75 million yuan fact.value-mismatch']);
  });

  it('leaves right entries alone', () => {
    expect(flagged('英伟达第一财季数据中心收入226亿美元，第二财季263亿美元。', '2025-03-01')).toEqual([]);
    expect(flagged("Zhipu's revenue was 312 million yuan in 2024, 125 million yuan in 2023 and only 57 million yuan in 2022.", '2025-03-01')).toEqual([]);
  });

  it('not a clause that names a measure of its own', () => {
    expect(metricOf('智谱2024年收入3.12亿元，2022年毛利0.75亿元。', '0.75亿元')).not.toContain('revenue');
    expect(metricOf("Zhipu's revenue was 312 million yuan in 2024 and its loss 75 million yuan in 2022.", '75 million yuan')).not.toContain('revenue (explicit)');
  });

  it('not a linked clause that restates another figure: it stays the sentence\'s', () => {
    expect(metricOf("Mistral's Series B, in June 2024, brought in €600 million at €5.8 billion, or about $6.2 billion.", '$6.2 billion')).not.toContain('(explicit)');
    expect(flagged("Mistral's Series B, in June 2024, brought in €600 million at €5.8 billion, or about $6.2 billion.", '2025-03-01')).toEqual([]);
  });

  it('a word pointing back at the measure before is no measure of its own (这一比例, 这一数字)', () => {
    expect(metricOf('招股书显示，2024年CoreWeave 62%的收入来自微软，2023年这一比例为45%。', '45%')).toBe('share-of-revenue (explicit)');
    expect(flagged('招股书显示，2024年CoreWeave 62%的收入来自微软，2023年这一比例为45%。', '2025-05-01')).toEqual(['45% fact.value-mismatch']);
    expect(flagged('招股书显示，2024年CoreWeave 62%的收入来自微软，2023年这一比例为35%。', '2025-05-01')).toEqual([]);
  });

  it('not when nothing before names a measure', () => {
    expect(metricOf('2023年这一比例为45%。', '45%')).toBe('none');
  });
});
