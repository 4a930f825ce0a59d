/**
 * A year named for a figure worked back from a growth rate ("由此倒推2022年约为1235亿元", "implying about
 * RMB 123.5 billion in 2022") is the comparison's base: a year-less quarter after it is still the year the
 * sentence opened with. Bundled facts: Baidu's 2023 revenue and its fourth quarter of 2023 (¥34.95B).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';
import { datesDerivedBase } from '../../../server/src/core/bind/derivedBaseYear';

const DATE = '2024-06-05';
const periodOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.period?.value.label;

describe('a year a base is worked back to', () => {
  it('does not place the year-less quarter after it (Chinese and English)', () => {
    const zh = '2023年百度总营收1345.98亿元,同比增长9%,由此倒推2022年约为1235亿元;其中第四季度349.51亿元,约占全年的26%。';
    expect(periodOf(zh, '349.51亿元')).toBe('Q4 2023');
    expect(draftFindings(zh, DATE)).toEqual([]);
    const en = "Baidu's revenue was RMB 134.6 billion in 2023, up 9%, implying about RMB 123.5 billion in 2022; the fourth quarter brought RMB 34.95 billion.";
    expect(periodOf(en, 'RMB 34.95 billion')).toBe('Q4 2023');
  });

  it('is read only in the year\'s own clause', () => {
    expect(datesDerivedBase('由此倒推2022年', { start: 4, end: 9 })).toBe(true);
    expect(datesDerivedBase('implying about RMB 123,500 million in 2022', { start: 38, end: 42 })).toBe(true);
    expect(datesDerivedBase('由此倒推,2022年', { start: 5, end: 10 })).toBe(false);
  });
});

describe('near misses', () => {
  it('a year named plainly (no working back) still places the quarter after it', () => {
    const zh = '2023年百度总营收1345.98亿元,2022年约为1235亿元;其中第四季度349.51亿元。';
    expect(periodOf(zh, '349.51亿元')).toBe('Q4 2022');
  });
  it('a later year worked out is no base and places the quarter', () => {
    const zh = '2023年百度总营收1345.98亿元,由此推算2024年约为1400亿元;其中第四季度约360亿元。';
    expect(periodOf(zh, '360亿元')).toBe('Q4 2024');
  });
});
