/**
 * "The IEA puts … at", "Goldman then put its own number on …", "McKinsey calculated", 国际能源署算出: a body the
 * base files figures under (an estimator on record) that puts or calculates a subjectless figure is its
 * entity, as one that estimates it is (bind/estimator.ts). A newsroom that "puts" a figure passes on
 * someone else's. Bundled facts: IEA, data centres' share of world electricity in 2024 about 1.5%, their
 * consumption about 415 TWh.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-06-01';
const ownerOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity?.value;

describe('an estimator on record that puts or calculates a figure owns it', () => {
  it('en: "the IEA puts … at 2.5%" is the IEA’s figure, and a wrong one is flagged', () => {
    const en = 'For 2024 the IEA puts the share of world electricity used by data centres at 2.5%.';
    expect(ownerOf(en, '2.5%')).toBe('iea');
    expect(flaggedClaim(en, '2.5%', DATE).verdicts).toEqual(['contradicted']);
  });

  it('zh: 国际能源署算出 … is the IEA’s figure, and a wrong one is flagged', () => {
    expect(ownerOf('国际能源署算出，2024年数据中心用电约占全球电力的2.5%。', '2.5%')).toBe('iea');
    const zh = '国际能源署算出，2024年全球数据中心耗电约515太瓦时。';
    expect(ownerOf(zh, '515太瓦时')).toBe('iea');
    expect(flaggedClaim(zh, '515太瓦时', DATE).verdicts).toEqual(['contradicted']);
  });

  it('the right figure is not flagged', () => {
    expect(flaggedClaim('For 2024 the IEA puts the share of world electricity used by data centres at 1.5%.', '1.5%', DATE).verdicts).toEqual([]);
    expect(flaggedClaim('国际能源署算出，2024年全球数据中心耗电约415太瓦时。', '415太瓦时', DATE).verdicts).toEqual([]);
  });

  it('"Goldman Sachs then put its own number on the gap" credits Goldman Sachs', () => {
    expect(ownerOf('Goldman Sachs then put its own number on the gap: $700 billion a year.', '$700 billion')).toBe('goldman-sachs');
  });

  it('near misses: a newsroom that puts a figure, and money put into a company, are not the figure’s owner', () => {
    expect(ownerOf('For 2024 Bloomberg puts the share of world electricity used by data centres at 2.5%.', '2.5%')).not.toBe('bloomberg');
    expect(ownerOf('Sequoia puts in $30 million alongside two angels.', '$30 million')).not.toBe('sequoia-capital');
  });
});
