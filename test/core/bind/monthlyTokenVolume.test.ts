/**
 * A month's processing volume names tokens processed (data/metrics.yaml, usage.tokens): 每月处理, 月处理量,
 * 每月已处理 before the figure, as "tokens a month" does in English.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-12-01')?.metric?.value;

describe('a monthly processing volume is tokens processed', () => {
  it('每月处理, 每月已处理 and 月处理量 before the figure', () => {
    expect(metricOf('字节称豆包大模型每月处理约500万亿个token。', '500万亿个token')).toBe('usage.tokens');
    expect(metricOf('到9月，字节的豆包每月已处理600万亿个token。', '600万亿个token')).toBe('usage.tokens');
    expect(metricOf('豆包8月的月处理量为550万亿，较年初翻了一倍。', '550万亿')).toBe('usage.tokens');
  });

  it('not a daily count of prompts', () => {
    expect(metricOf('据报道，Claude每天处理的提示词超过3亿条。', '3亿条')).not.toBe('usage.tokens');
  });
});
