/**
 * A count written with a Chinese measure word after its digits ("2048块H800") is never a year, so no
 * figure of its paragraph takes it as a period.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01');

describe('a classified count is not a year', () => {
  it('Chinese: 2048块 dates nothing', () => {
    const c = claimOf('这套集群共有2048块H800。DeepSeek-V3的训练只花了约557.6万元。', '557.6万元');
    expect(c?.period).toBeUndefined();
    expect(c?.verdict).toBe('wrong-currency');
  });

  it('a year stays a year', () => {
    expect(claimOf('2024年,这套集群共有2048块H800,训练花了557.6万美元。', '557.6万美元')?.period?.value.start).toBe('2024-01-01');
  });

});
