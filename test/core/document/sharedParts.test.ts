/**
 * Cached results share equal small parts (number styles, periods, a sentence's bindings) instead of
 * keeping one copy per quantity or claim (core/document/sharedParts.ts), and nothing observable changes.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { BlockCache } from '../../../server/src/core/document/documentModel';
import { analyzeBlock } from '../../../server/src/core/document/blockAnalysis';
import { sameParts, shareClaimParts } from '../../../server/src/core/document/sharedParts';
import type { CheckedClaim } from '../../../server/src/core/analyze';
import { bundledFacts } from '../../helpers/facts';

describe('shared parts of cached results', () => {
  it('quantities written alike share one number style, across blocks (English and Chinese)', () => {
    const en = analyzeBlock('Revenue was $12.5 billion, and capex was $30.1 billion.').quantities;
    const other = analyzeBlock('Profit was $40.2 billion.').quantities;
    expect(en[0].style).toBe(en[1].style);
    expect(other[0].style).toBe(en[0].style);
    const zh = analyzeBlock('营收为609亿美元，资本开支为557亿美元。').quantities;
    expect(zh[0].style).toBe(zh[1].style);
  });

  it('near miss: quantities written differently keep their own styles', () => {
    const [a, b] = analyzeBlock('Revenue was $12.5 billion, and capex was $30 billion.').quantities;
    expect(a.style).not.toBe(b.style);
    expect(a.style.decimals).not.toBe(b.style.decimals);
  });

  it("claims of one sentence share its span and equal bindings; a claim's period is shared across blocks", () => {
    const cache = new BlockCache();
    const text = '## Nvidia\n\nRevenue was $60.9 billion and net income was $29.8 billion in fiscal 2024.\n\n英伟达2024财年营收为609亿美元。\n';
    analyze(text, { facts: bundledFacts(), cache });
    const checked = (cache.checks as { last: { checked: { claims: CheckedClaim[] }[] } }).last.checked.filter((b) => b.claims.length > 0);
    const [a, b] = checked[0].claims;
    const [zh] = checked[1].claims;
    expect(a.sentence).toBe(b.sentence);
    // Both bound to the heading's entity, the same way.
    expect(sameParts(a.entity, b.entity)).toBe(true);
    expect(a.entity).toBe(b.entity);
    expect(zh.period?.value).toEqual(a.period?.value);
    expect(zh.period?.value).toBe(a.period?.value);
  });

  it('near miss: parts that differ only in an undefined property, -0 or NaN are not taken for equal', () => {
    expect(sameParts({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(sameParts({ a: 0 }, { a: -0 })).toBe(false);
    expect(sameParts({ a: NaN }, { a: null })).toBe(false);
    expect(sameParts({ a: 1, b: { c: 'x' } }, { a: 1, b: { c: 'x' } })).toBe(true);
    expect(sameParts({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
  });

  it('near miss: bindings with equal values but other spans stay apart; claims without evidence share one empty list', () => {
    const claims = [
      { sentence: { start: 0, end: 9 }, entity: { value: 'nvidia', how: 'explicit', span: { start: 0, end: 6 } }, evidence: [] },
      { sentence: { start: 0, end: 9 }, entity: { value: 'nvidia', how: 'explicit', span: { start: 7, end: 9 } }, evidence: [] },
    ] as unknown as CheckedClaim[];
    shareClaimParts(claims);
    expect(claims[0].sentence).toBe(claims[1].sentence);
    expect(claims[0].entity).not.toBe(claims[1].entity);
    expect(claims[0].evidence).toBe(claims[1].evidence);
    expect(claims[0].evidence).toEqual([]);
  });

  it('near miss: bindings whose values spell the same key are still told apart (the key only finds a candidate)', () => {
    const claims = [
      { sentence: { start: 0, end: 9 }, entity: { value: 'a,how:explicit', how: 'explicit' }, evidence: [] },
      { sentence: { start: 0, end: 9 }, entity: { value: 'a', how: 'explicit,how:explicit' }, evidence: [] },
      { sentence: { start: 0, end: 9 }, entity: { value: 'a,how:explicit', how: 'explicit' }, evidence: [] },
    ] as unknown as CheckedClaim[];
    shareClaimParts(claims);
    expect(claims[0].entity).not.toBe(claims[1].entity);
    expect(claims[1].entity?.value).toBe('a');
    expect(claims[2].entity).toBe(claims[0].entity);
  });

  it('an analysis with shared parts equals a fresh one of the same text', () => {
    const facts = bundledFacts();
    const text = "## Microsoft\n\nMicrosoft's capex was $55.7 billion in fiscal 2024.\n\n微软2024财年资本开支为557亿美元。\n";
    const cache = new BlockCache();
    analyze(text.replace('55.7', '55.6'), { facts, cache });
    const plain = ({ stats: _stats, ...rest }: ReturnType<typeof analyze>) => JSON.parse(JSON.stringify(rest)) as unknown;
    expect(plain(analyze(text, { facts, cache }))).toEqual(plain(analyze(text, { facts })));
  });
});
