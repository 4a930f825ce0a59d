/**
 * "Data Center was 88% of revenue for the year. … the share was about 90%": a measure word that points
 * back ("the share", 这一份额) measures what was just measured, not the bare noun's market share
 * (pointedMeasure.ts pointsBackWith); a bullet goes on from the bullet before it (previousListItem.ts).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers/flagged';
import { metricId } from '../../helpers/claimPeriod';

const DATE = '2025-03-05';

describe('"the share" pointing back', () => {
  it('continues the share of revenue of the sentence before', () => {
    const text = "Nvidia's Data Center was 88% of revenue for the year. In the January quarter alone the share was about 90%.";
    expect(metricId(text, DATE, '90%')).toBe('share-of-revenue');
    expect(flagged(text, DATE)).toEqual([]);
  });

  it('continues it in Chinese (这一份额)', () => {
    const text = '英伟达数据中心业务占全年收入的88%。仅一月季度，这一份额约为90%。';
    expect(metricId(text, DATE, '90%')).toBe('share-of-revenue');
  });

  it('continues it from the bullet before', () => {
    const text = "## Mix\n\n- Nvidia's Data Center was 88% of revenue for the year, versus about 78% in fiscal 2024.\n- In the January quarter alone the share was about 90%.";
    expect(metricId(text, DATE, '90%')).toBe('share-of-revenue');
    expect(flagged(text, DATE)).toEqual([]);
  });

  it('keeps market share where nothing before measures a share, or the share names its whole', () => {
    expect(metricId("Nvidia's data-center GPU market share was about 98% in calendar 2023.", DATE, '98%')).toBe('market-share');
    expect(metricId("Nvidia sold 3.76 million GPUs. The share of the market was about 98% in calendar 2023.", DATE, '98%')).toBe('market-share');
    // Calendar 2023's 98% share of the data-center GPU market, said of the January quarter.
    expect(flagged("In the January quarter alone Nvidia's share of the data-center GPU market was 98%.", DATE)).toEqual(['98% fact.wrong-period']);
  });
});
