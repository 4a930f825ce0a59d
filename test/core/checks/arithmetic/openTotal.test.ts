/**
 * A running total (累计, "to date", "so far") above the parts listed before it is consistent: the list
 * need not be complete. Below them it is a sure error; and parts said to be all of it ("两笔", "the two")
 * must add up (openTotal.ts).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';

function sums(text: string): string[] {
  return check(text, { date: '2025-06-01' })
    .findings.filter((f) => f.check === 'arith.sum' && (f.severity === 'warning' || f.severity === 'error'))
    .map((f) => f.text);
}

describe('a running total above its listed parts is consistent', () => {
  it('zh: 累计', () => {
    expect(sums('这家基金2020年投了3亿元，2022年又投了20亿元，累计约28亿元。')).toEqual([]);
  });

  it('en: in all so far', () => {
    expect(sums('The fund put in $300 million in 2020 and $2 billion in 2022, about $2.8 billion in all so far.')).toEqual([]);
  });
});

describe('near misses', () => {
  it('zh: a running total below the parts is flagged', () => {
    expect(sums('这家基金2020年投了3亿元，2022年又投了20亿元，累计约18亿元。')).toEqual(['18亿元']);
  });

  it('en: a running total below the parts is flagged', () => {
    expect(sums('The fund put in $300 million in 2020 and $2 billion in 2022, $1.8 billion in all so far.')).toEqual(['$1.8 billion']);
  });

  it('zh: parts said to be all of it must add up', () => {
    expect(sums('这家基金2020年投了3亿元，2022年又投了20亿元，两笔累计约28亿元。')).toEqual(['28亿元']);
  });

  it('zh: 合计 without a running-total word still sums the parts', () => {
    expect(sums('这家基金2020年投了3亿元，2022年又投了20亿元，合计28亿元。')).toEqual(['28亿元']);
  });
});
