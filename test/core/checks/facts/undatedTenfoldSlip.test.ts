/**
 * A figure that states no period may still be off by ten or a hundred, when its digits say so: written
 * to three or more significant digits, it is exactly a figure of its entity and metric on record with
 * the decimal point moved, and no figure as written. Two digits, or a near figure, prove nothing.
 * Bundled facts (Alibaba Cloud's quarterly revenue: 334亿元 to June 2025, 398亿元 to September 2025).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-12-01';

describe('an undated figure whose digits are a recorded figure moved by a power of ten', () => {
  it('is a wrong scale (Chinese)', () => {
    expect(draftFindings('照这个速度,阿里云单季收入约39.8亿元,增速仍领先同行。', DATE)).toEqual(['39.8亿元 fact.wrong-scale warning']);
  });

  it('is a wrong scale (English)', () => {
    expect(draftFindings('At that pace Alibaba Cloud revenue runs at RMB 3.34 billion each quarter.', DATE)).toEqual(['RMB 3.34 billion fact.wrong-scale warning']);
  });

  it('not with two significant digits, whose tenfold lands near many figures', () => {
    expect(draftFindings('照这个速度,阿里云单季收入约40亿元,增速仍领先同行。', DATE)).toEqual([]);
  });

  it('not when the digits differ from every recorded figure', () => {
    expect(draftFindings('照这个速度,阿里云单季收入约33.7亿元,增速仍领先同行。', DATE)).toEqual([]);
    expect(draftFindings('At that pace Alibaba Cloud revenue runs at RMB 3.37 billion each quarter.', DATE)).toEqual([]);
  });

  it('not for the recorded figure itself, nor for a bound', () => {
    expect(draftFindings('照这个速度,阿里云单季收入约398亿元,增速仍领先同行。', DATE)).toEqual([]);
    expect(draftFindings('照这个速度,阿里云单季收入超过39.8亿元,增速仍领先同行。', DATE)).toEqual([]);
  });
});
