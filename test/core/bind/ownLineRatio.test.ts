/**
 * A loss, a profit, a cost or an expense as a percentage of revenue is a ratio of the company's own
 * lines, not a share of revenue (bind/ownLineRatio.ts); what a customer or a segment brings in, and
 * capital expenditure (filed as a share of revenue in the fact base), keep the share reading.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flagged } from '../../helpers/flagged';

const DATE = '2025-05-01';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('an own line over revenue is no share of revenue', () => {
  it('a net loss', () => {
    const text = 'CoreWeave lost a lot in 2024: its net loss for the year came to roughly 45% of revenue.';
    expect(metricOf(text, '45%')).not.toBe('share-of-revenue');
    expect(flagged(text, DATE)).toEqual([]);
  });
  it('研发费用', () => expect(metricOf('2024年，CoreWeave的研发费用占收入的15%。', '15%')).not.toBe('share-of-revenue'));
});

describe('near misses keep the share', () => {
  it('a customer’s share', () => expect(metricOf('In 2024 Microsoft accounted for 62% of CoreWeave revenue.', '62%')).toBe('share-of-revenue'));
  it('capital expenditure', () => expect(metricOf('腾讯2024年资本开支占营收的12%。', '12%')).toBe('share-of-revenue'));
});
