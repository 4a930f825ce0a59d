/**
 * A multiple's own unit word (倍, "x") says "times", not times what: bound by it alone, the metric is a
 * reading of the sentence (`sentence`), so a contradiction on it informs and never warns or errs. A word
 * that names the measure ("times revenue", 估值收入比) still binds it outright. Bundled facts: CB Insights
 * put Cohere's valuation at ~100× revenue in early 2024.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2024-04-01';
const ALL = ['error', 'warning', 'information'] as const;

describe('a multiple bound only by its own unit word', () => {
  it('is a sentence binding, and a contradiction on it is information', () => {
    const zh = '2024年3月，Cohere的付费客户数增长到原来的3倍。';
    expect(analyzedClaim(zh, '3倍', DATE)?.metric?.how).toBe('sentence');
    expect(draftFindings(zh, DATE, ALL)).toEqual(['3倍 fact.value-mismatch information']);
  });

  it('near miss: a word naming the measure binds it outright', () => {
    expect(analyzedClaim('Cohere is valued at about 100 times revenue.', '100 times', DATE)?.metric).toMatchObject({ value: 'valuation.revenue-multiple', how: 'explicit' });
    expect(analyzedClaim('Cohere的估值收入比约为100倍。', '100倍', DATE)?.metric).toMatchObject({ value: 'valuation.revenue-multiple', how: 'explicit' });
  });
});
