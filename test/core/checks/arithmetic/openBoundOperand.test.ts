/**
 * An open bound on an operand stays open (ARCHITECTURE, session 16): "more than N" makes a relation
 * inconsistent only in the bound's own direction. A result above N's share is consistent with it.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';

function serious(text: string): string[] {
  return check(text, { date: '2025-11-20' })
    .findings.filter((f) => f.check.startsWith('arith.') && (f.severity === 'warning' || f.severity === 'error'))
    .map((f) => f.text);
}

describe('"more than N" as an operand', () => {
  it('flags a result below what the floor already gives (English)', () => {
    expect(serious('Acme runs more than 90,000 GPUs across 12 data centers, or roughly 5,000 GPUs per site.')).toEqual(['5,000 GPUs']);
    expect(serious('Acme bought more than 250,000 GPUs at $30,000 each, about $5 billion in all.')).toEqual(['$5 billion']);
  });

  it('and in Chinese', () => {
    expect(serious('Acme在12个数据中心部署了超过9万块GPU，即每个数据中心约5000块GPU。')).toEqual(['5000块GPU']);
  });

  it('is silent on a result above it, which the open count allows', () => {
    expect(serious('Acme runs more than 90,000 GPUs across 12 data centers, or roughly 12,000 GPUs per site.')).toEqual([]);
    expect(serious('Acme在12个数据中心部署了超过9万块GPU，即每个数据中心约1.2万块GPU。')).toEqual([]);
  });
});
