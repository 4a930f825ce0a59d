/**
 * An estimate, or a rate per year, is dated by its period (the month a report came out), not summed over
 * it: a fact of June 2023 is the 2023 figure of a writer who says "estimated in 2023". A figure summed
 * over a quarter stays another period than its year.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../../server/src/core/model';
import { factPeriodRelation } from '../../../../server/src/core/checks/facts/periodMatch';
import { draftAnalysis } from '../../../helpers/draftFindings';

const year2023 = { start: '2023-01-01', end: '2023-12-31', label: '2023' };

function fact(period: { start: string; end: string }, extra: Partial<Fact> = {}): Fact {
  return { id: 'F', entity: 'e', metric: 'm', value: 1, unit: 'USD', period: { ...period, label: '' }, qualifiers: [], sources: [], confidence: 'high', fromMemory: false, ...extra };
}

describe('factPeriodRelation', () => {
  const june = { start: '2023-06-01', end: '2023-06-30' };

  it('an estimate published in a month of the year is one dated event of that year', () => {
    expect(factPeriodRelation(year2023, fact(june, { qualifiers: ['estimate'] }))).toBe('contains');
  });

  it('so is a yearly rate stated in that month', () => {
    expect(factPeriodRelation(year2023, fact(june, { per: { amount: 1, unit: 'year' } }))).toBe('contains');
  });

  it('a quarter of revenue is another period than its year', () => {
    expect(factPeriodRelation(year2023, fact({ start: '2023-07-01', end: '2023-09-30' }))).toBe('overlap');
  });

  it('an estimate of a whole quarter is summed over it, not dated by it', () => {
    expect(factPeriodRelation(year2023, fact({ start: '2023-07-01', end: '2023-09-30' }, { qualifiers: ['estimate'] }))).toBe('overlap');
  });

  it('an estimate of another year stays another year', () => {
    expect(factPeriodRelation(year2023, fact({ start: '2022-06-01', end: '2022-06-30' }, { qualifiers: ['estimate'] }))).toBe('disjoint');
  });
});

describe('a research estimate credited to the year it came out', () => {
  const verdicts = (text: string) =>
    draftAnalysis(text, '2025-06-01').claims.map((c) => c.verdict);

  it('supports it in English', () => {
    expect(verdicts('McKinsey estimated in 2023 that generative AI could add $2.6 trillion to $4.4 trillion in economic value a year.')).toEqual(['supported']);
  });

  it('and in Chinese', () => {
    expect(verdicts('麦肯锡2023年测算,生成式AI每年能带来2.6万亿至4.4万亿美元的经济价值。')).toEqual(['supported']);
  });

  it('still gives the wrong period for a year before the report', () => {
    expect(verdicts('麦肯锡2022年测算,生成式AI每年能带来2.6万亿至4.4万亿美元的经济价值。')).toEqual(['wrong-period']);
  });
});
