/**
 * What a figure leaves out is neither its owner nor its measure (bind/excludedName.ts): a name right
 * after 不含, 不包括, excluding, ex- (and the names listed with it) is passed over when the owner is
 * chosen, and a measure word after the figure inside the excluded phrase is not the figure's measure.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-07-15';
const entityOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity?.value;
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('a name the figure leaves out is not its owner', () => {
  it('不含 inside brackets', () => {
    expect(entityOf('OpenAI的增长仍在加速。今年6月年化收入升至100亿美元（不含微软授权收入）。', '100亿美元')).toBe('openai');
  });
  it('不包括 with a list of names', () => {
    expect(entityOf('OpenAI的增长仍在加速。今年6月年化收入升至100亿美元，不包括微软和谷歌的渠道收入。', '100亿美元')).toBe('openai');
  });
  it('"excluding" in English', () => {
    expect(entityOf('OpenAI kept growing. The run-rate reached $10 billion in June 2025, excluding Microsoft licensing.', '$10 billion')).toBe('openai');
  });
});

describe('near misses keep the name', () => {
  it('a name before the exclusion is still the owner', () => {
    expect(entityOf('今年6月微软的AI年化收入为130亿美元（不含OpenAI）。', '130亿美元')).toBe('microsoft');
  });
});

describe('a measure word inside what is left out', () => {
  it('after the figure it names nothing the figure measures', () => {
    expect(metricOf('OpenAI今年6月达到100亿美元（不含微软的授权收入）。', '100亿美元')).toBeUndefined();
  });
  it('before the figure it narrows the figure’s own measure', () => {
    expect(metricOf('OpenAI今年6月不含税的收入为100亿美元。', '100亿美元')).toBe('revenue');
  });
});

describe('"non-" before a name negates it', () => {
  it('in a sentence: the non-X figure is not X\'s', () => {
    expect(entityOf('Last year the non-Nvidia accelerators in the fleet cost $4 billion.', '$4 billion')).not.toBe('nvidia');
  });
  it('in a title: a negated name is not the section\'s subject', () => {
    const text = '# Notes on the non-Nvidia chip makers\n\nData center revenue was $9 billion in 2024.';
    expect(entityOf(text, '$9 billion')).not.toBe('nvidia');
  });
  it('near miss: the same title without "non-" names its subject', () => {
    const text = '# Notes on the Nvidia chip business\n\nData center revenue was $9 billion in 2024.';
    expect(entityOf(text, '$9 billion')).toBe('nvidia');
  });
});
