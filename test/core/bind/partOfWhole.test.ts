/**
 * A tranche of an amount ("the first $X of it", "of which", 其中, 首期, 先期) is measured as the amount it
 * is part of, and belongs to its subject; the measure is inherited, so it binds as the sentence's.
 * Bundled facts: Amazon's $4 billion in Anthropic, the first $1.25 billion in September 2023; Google's
 * up to $2 billion, $500 million of it upfront (October 2023).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-12-01';
const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE);

describe('a part of an amount takes the amount\'s measure', () => {
  it('"the first $X of it": the whole\'s measure, as the sentence\'s', () => {
    const text = 'By March 2024 Amazon had invested $4 billion in Anthropic, the first $1.25 billion of it in September 2023.';
    expect(claimOf(text, '$1.25 billion')?.metric).toMatchObject({ value: 'investment', how: 'sentence' });
    expect(claimOf(text, '$1.25 billion')?.verdict).toBe('supported');
  });

  it('makes a misdated or misscaled tranche checkable', () => {
    const misdated = 'By March 2024 Amazon had invested $4 billion in Anthropic, the first $1.25 billion of it in September 2022.';
    expect(claimOf(misdated, '$1.25 billion')?.verdict).toBe('wrong-period');
    const misscaled = 'By March 2024 Amazon had invested $4 billion in Anthropic, the first $12.5 billion of it in September 2023.';
    expect(claimOf(misscaled, '$12.5 billion')?.verdict).toBe('wrong-scale');
  });

  it('其中先期: the whole\'s measure and subject (not the first company of the sentence)', () => {
    const text = '2023年秋天，两家云巨头先后入场：亚马逊宣布首笔投资12.5亿美元；谷歌承诺最多投资20亿美元，其中先期投入5亿元，其余15亿美元分期到位。';
    const c = claimOf(text, '5亿元');
    expect([c?.entity?.value, c?.metric?.value, c?.metric?.how]).toEqual(['alphabet', 'investment', 'sentence']);
    expect(c?.verdict).toBe('wrong-currency');
  });
});

describe('near misses', () => {
  it('a coordinated amount of another subject is no part', () => {
    expect(claimOf('By March 2024 Amazon had invested $4 billion in Anthropic, and Google $2 billion.', '$2 billion')?.metric).toBeUndefined();
  });

  it('a measure word in the part\'s clause keeps its own measure', () => {
    const text = 'In September 2025 Nvidia agreed to invest $100 billion in OpenAI, the first $10 million of revenue at signing.';
    expect(claimOf(text, '$10 million')?.metric?.value).toBe('revenue');
    expect(claimOf('2023年10月，谷歌承诺最多投资20亿美元，其中营收5亿元。', '5亿元')?.metric?.value).toBe('revenue');
  });

  it('another subject in the part\'s clause is not the whole\'s', () => {
    expect(claimOf('2023年10月，谷歌承诺最多投资20亿美元，其中亚马逊投入5亿元。', '5亿元')?.metric).toBeUndefined();
  });

  it('an ordinal inside its clause is no tranche', () => {
    const text = 'In September 2025 Nvidia agreed to invest $100 billion in OpenAI, after its first $10 million pilot.';
    expect(claimOf(text, '$10 million')?.metric?.value).not.toBe('investment.plan');
  });

  it('a part of a percentage is not carried to money', () => {
    const text = 'Anthropic gave Amazon a 10% stake, the first $1.25 billion of it in September 2023.';
    expect(claimOf(text, '$1.25 billion')?.metric?.value).not.toBe('equity-stake');
  });
});

describe('an instalment is not the whole deal', () => {
  const metricOf = (text: string, figure: string) => claimOf(text, figure)?.metric?.value;
  it('"$X up front" under a round named before it binds no round total (English)', () => {
    expect(metricOf('The March 2025 round of OpenAI is paid in tranches: $10 billion up front.', '$10 billion')).toBeUndefined();
  });
  it('首期 and 剩余 under a round (Chinese)', () => {
    expect(metricOf('2025年3月OpenAI这轮融资分期到位：首期100亿美元。', '100亿美元')).toBeUndefined();
  });
  it('the whole round itself is still the round', () => {
    expect(metricOf('In March 2025 OpenAI closed a $10 billion round.', '$10 billion')).toBe('funding.raised');
  });
});
