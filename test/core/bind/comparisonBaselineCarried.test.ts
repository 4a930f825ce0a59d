/**
 * The period an earlier sentence carries on is the one it is about, not the baseline it compares with:
 * "和两年前的1亿相比", "是2021年的4倍", "three times the 2021 level" name the figure compared with.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-06-01';
const year = (y: number) => ({ value: { start: `${y}-01-01`, end: `${y}-12-31` }, how: 'context' });

describe('a comparison baseline in an earlier sentence is not carried on', () => {
  it('是…的N倍 (Chinese) and "N times the … level" (English)', () => {
    expect(analyzedClaim('该公司2024年收入增长很快,是2021年的4倍多。全年收入约5.5亿元。', '5.5亿元', DATE)?.period).toMatchObject(year(2024));
    expect(analyzedClaim('Its sales in 2024 were three times the 2021 level. Sales reached $550 million.', '$550 million', DATE)?.period).toMatchObject(year(2024));
  });

  it('和…相比', () => {
    expect(analyzedClaim('和2021年相比,用户规模扩大了两倍。收入为5.5亿元。', '5.5亿元', DATE)?.period).toBeUndefined();
  });

  it('while a year the earlier sentence is about is carried on', () => {
    expect(analyzedClaim('2021年是该公司的起点。全年收入约5.5亿元。', '5.5亿元', DATE)?.period).toMatchObject(year(2021));
    expect(analyzedClaim('和往年一样,2021年增长平稳。全年收入约5.5亿元。', '5.5亿元', DATE)?.period).toMatchObject(year(2021));
  });
});
