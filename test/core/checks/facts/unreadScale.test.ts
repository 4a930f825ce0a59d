/**
 * A bare number (no currency, no scale word, no unit) whose digits are a fact's own at a power of ten of
 * a thousand or more carries a unit the reader did not take in (a table's unit cell, "billions"): it is
 * never a contradiction or a slip. Bundled facts: Llama downloads (1 billion by March 2025, over 1.2
 * billion by late April 2025).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

const date = '2025-06-01';

describe('a bare number with an unread unit is not judged', () => {
  it('a table row whose unit cell says billions', () => {
    const table = '| Item | Value | Unit |\n|---|---|---|\n| Llama downloads, April 2025 | 1.2+ | billions |\n';
    expect(flagged(table, date)).toEqual([]);
  });
  it('and in Chinese, with the unit cell 亿', () => {
    const table = '| 项目 | 数值 | 单位 |\n|---|---|---|\n| Llama下载量（2025年4月） | 12+ | 亿次 |\n';
    expect(flagged(table, date)).toEqual([]);
  });
  it('a written scale that is wrong is still a slip', () => {
    expect(flagged('By April 2025 Llama downloads passed 1.2 million.', date).length).toBeGreaterThan(0);
  });
});
