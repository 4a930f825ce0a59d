/**
 * Brackets without the figure qualify the words before them (bracketAside.ts `outsideAsides`): they may
 * narrow the measure named outside them (input price → cached-input price), never switch it to another
 * family (融资租赁 inside "资本开支（含融资租赁本金支付）" does not make capex an amount raised).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-03-01')?.metric?.value;

describe('an aside of another family does not name the measure', () => {
  it('capex including finance leases stays capex (Chinese)', () => {
    expect(metricOf('Meta 2024年资本开支（含融资租赁本金支付）为392.3亿美元。', '392.3亿美元')).toBe('capex');
  });

  it('and in English', () => {
    expect(metricOf("Meta's 2024 capital expenditures (including financing leases) were $39.23 billion.", '$39.23 billion')).toBe('capex');
  });
});

describe('near misses', () => {
  it('an aside of the same family narrows the measure', () => {
    expect(metricOf('DeepSeek-V3的输入价格（缓存命中）为每百万tokens 0.07美元。', '0.07美元')).toBe('api-price.cached-input');
  });

  it('an aside alone in its clause still names the measure', () => {
    expect(metricOf('Meta 2024年为392.3亿美元（资本开支）。', '392.3亿美元')).toBe('capex');
  });
});
