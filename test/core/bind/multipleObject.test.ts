/**
 * A name a multiple is taken of is the comparison's yardstick, not the subject of the other figures of
 * the sentence (bind/comparisonObject.ts): "its input price is five times Claude 3 Sonnet's", "2x the
 * H100", "twice the A100", 是Claude 3 Sonnet的5倍, 是A100的两倍多. A figure written right after the name as
 * its own ("four times Sonnet's $15", Sonnet的15美元) stays the name's.
 * Bundled facts: Claude 3 Sonnet $3 in / $15 out, o1 $15 in / $60 out (per million tokens).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { itIsSilent } from './flaggedClaim';

const DATE = '2025-01-15';
const entityOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity?.value;

describe('the name a multiple is taken of does not own the sentence\'s prices', () => {
  const en = "**o1 is the expensive one.** At $15 in and $60 out, its input price is five times Claude 3 Sonnet's, and its output price is four times Sonnet's $15.";
  const zh = '**o1定价最高。** 输入15美元、输出60美元，输入价格是Claude 3 Sonnet的5倍，输出价格是Sonnet的4倍。';

  it('"N times X\'s" (en): the prices before are not Claude 3 Sonnet\'s', () => {
    expect(entityOf(en, '$15')).not.toBe('claude-3-sonnet');
    expect(entityOf(en, '$60')).not.toBe('claude-3-sonnet');
  });

  it('"…times Sonnet\'s $15": the figure written as the name\'s own stays its own', () => {
    const claims = ['$15', '$60'].map((f) => analyzedClaim(en, f, DATE));
    expect(claims.every(Boolean)).toBe(true);
    const last = analyzedClaim("At $60 out, o1 costs four times Claude 3 Sonnet's $15.", '$15', DATE);
    expect(last?.entity?.value).toBe('claude-3-sonnet');
  });

  it('是X的N倍 (zh): the prices before are not Claude 3 Sonnet\'s', () => {
    expect(entityOf(zh, '15美元')).not.toBe('claude-3-sonnet');
    expect(entityOf(zh, '60美元')).not.toBe('claude-3-sonnet');
  });

  it('"2x the A100", "twice", 是A100的两倍多: the object is no subject', () => {
    expect(entityOf('Each card draws 700 W and delivers 4.8 TB/s, about 2x the A100.', '4.8')).not.toBe('a100');
    expect(entityOf('The H200 delivers 4.8 TB/s, more than twice the A100.', '4.8')).toBe('h200');
    expect(entityOf('H200的显存带宽为4.8TB/s，是A100的两倍多。', '4.8TB/s')).toBe('h200');
  });
});

describe('right prices compared by a multiple are not flagged', () => {
  itIsSilent(
    [
      ["**o1 is the expensive one.** At $15 in and $60 out, its input price is five times Claude 3 Sonnet's, and its output price is four times Sonnet's $15.", '$15'],
      ["**o1 is the expensive one.** At $15 in and $60 out, its input price is five times Claude 3 Sonnet's, and its output price is four times Sonnet's $15.", '$60'],
      ['**o1定价最高。** 输入15美元、输出60美元，输入价格是Claude 3 Sonnet的5倍，输出价格是Sonnet的4倍。', '60美元'],
    ],
    DATE,
  );
});
