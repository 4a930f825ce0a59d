/**
 * A clause of only a period, a hedge and a figure continues the measure of the clause before it
 * ("…资本开支767亿元，2023年约为239亿元", "capex was $52.5 billion in 2024 and about $32 billion in 2023"):
 * a hedge in a dated clause says how exact the figure is, not what it measures (bind/metrics.ts, HEDGE_WORDS).
 * 买到 names GPUs acquired as 买了 does (data/metrics.yaml).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-12-01');
const metricOf = (text: string, figure: string) => claimOf(text, figure)?.metric?.value;

describe('a hedged series entry', () => {
  it('Chinese: 约 and 约为', () => {
    expect(metricOf('Meta 2024年资本开支392亿美元，2023年约281亿美元。', '281亿美元')).toBe('capex');
    expect(metricOf('腾讯2024年资本开支767亿元，2023年约为239亿元。', '239亿元')).toBe('capex');
  });

  it('English: about', () => {
    expect(metricOf('Alphabet’s capex was $52.5 billion in 2024, and about $32 billion in 2023.', '$32 billion')).toBe('capex');
  });

  it('not an undated hedged amount after a share: it restates the share', () => {
    expect(metricOf('微软贡献了CoreWeave 2024年收入的62%，约11.9亿美元。', '11.9亿美元')).toBeUndefined();
  });

  it('not a clause that names another measure', () => {
    expect(metricOf('Meta 2024年资本开支392亿美元，2023年收入约1349亿美元。', '1349亿美元')).toBe('revenue');
  });
});

describe('GPUs 买到', () => {
  it('Chinese: 买到了', () => {
    expect(metricOf('2023年，微软买到了约15万块H100。', '15万块H100')).toBe('gpus.acquired');
  });

  it('not money', () => {
    expect(metricOf('2023年，微软买到了100亿美元的贷款。', '100亿美元')).not.toBe('gpus.acquired');
  });
});
