/**
 * An open bound on an operand is read as its figure, give or take ±10% on the bound's side: the writer
 * computed from the number written (operands.ts). A stated result keeps its open bound.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';

function serious(text: string): string[] {
  return check(text, { date: '2025-11-20' })
    .findings.filter((f) => f.check.startsWith('arith.') && (f.severity === 'warning' || f.severity === 'error'))
    .map((f) => f.text);
}

describe('"more than N" as an operand', () => {
  it('flags a per-site figure far above the written count over the sites (English)', () => {
    expect(serious('Acme runs more than 90,000 GPUs across 12 data centers, or roughly 12,000 GPUs per site.')).toEqual(['12,000 GPUs']);
  });

  it('flags a multiple far above the written floor over the base (Chinese)', () => {
    expect(serious('日均调用量从去年5月的1000亿次，涨到9月的超过1.2万亿次，是5月的近20倍。')).toEqual(['20倍']);
  });

  it('is silent when the result is computed from the written figure', () => {
    expect(serious('Acme runs more than 90,000 GPUs across 12 data centers, or roughly 7,500 GPUs per site.')).toEqual([]);
    expect(serious('日均调用量从去年5月的1000亿次，涨到9月的超过1.2万亿次，是5月的约12倍。')).toEqual([]);
  });

  it('keeps an open bound on the stated result', () => {
    expect(serious('Acme’s $9 billion is more than three times Beta’s $2 billion.')).toEqual([]);
  });
});
