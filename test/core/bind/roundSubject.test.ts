/**
 * A round as the subject of a copula, with its valuation written after the amount (bind/roundSubject.ts):
 * "那一轮为X、估值约Y", "that round was X, at a valuation of Y" give the round's amount, not a valuation.
 * Bundled facts: OpenAI raised $6.6B in October 2024 at a $157B valuation.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-01-10';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('the round as subject gives its amount when its valuation follows', () => {
  it('zh: "那一轮为X以上、估值约Y"', () => {
    for (const zh of ['2024年10月，OpenAI完成新一轮融资，那一轮为66亿美元、估值约1570亿美元。', '2024年10月，OpenAI完成新一轮融资，那一轮为66亿美元以上、估值约1570亿美元。']) {
      expect(metricOf(zh, '66亿美元'), zh).toBe('funding.raised');
      expect(metricOf(zh, '1570亿美元'), zh).toBe('valuation');
      expect(flaggedClaim(zh, '66亿美元', DATE).verdicts, zh).toEqual([]);
    }
  });

  it('en: "that round was X, at a valuation of Y"', () => {
    const en = 'In October 2024 OpenAI closed a new round; that round was $6.6 billion, at a valuation of $157 billion.';
    expect(metricOf(en, '$6.6 billion')).toBe('funding.raised');
    expect(metricOf(en, '$157 billion')).toBe('valuation');
  });

  it('wrong variant: a slipped amount is still a slip of the amount raised', () => {
    expect(flaggedClaim('2024年10月，OpenAI完成新一轮融资，那一轮为6.6亿美元、估值约1570亿美元。', '6.6亿美元', DATE).verdicts).toEqual(['wrong-scale']);
    expect(flaggedClaim('In October 2024 OpenAI closed a new round; that round was $660 million, at a valuation of $157 billion.', '$660 million', DATE).verdicts).toEqual(['wrong-scale']);
  });

  it('near miss: without its valuation beside it, "那一轮为X" is not read as the amount here', () => {
    expect(metricOf('2024年10月，OpenAI那一轮为1570亿美元。', '1570亿美元')).not.toBe('funding.raised');
  });
});
