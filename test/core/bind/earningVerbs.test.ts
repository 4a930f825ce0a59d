/**
 * Verbs of earning ("brought in", "took in") are a hint at revenue (data/metrics.yaml), and a narrower
 * measure named as their subject says whose revenue: "the data-center segment alone brought in $X" is
 * data-center revenue (ownedMetric.ts). With the bundled data and the real recogniser.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers/flagged';
import { analyzedClaim } from './helpers';

function metricOf(text: string, figure: string, date = '2025-03-01'): string | undefined {
  return analyzedClaim(text, figure, date)?.metric?.value;
}

describe('"brought in" and "took in" are revenue', () => {
  it('binds a company’s or a unit’s takings as revenue', () => {
    expect(metricOf('The cloud unit brought in $9 billion in the third quarter of 2024.', '$9 billion')).toBe('revenue');
    expect(metricOf('For the year the retailer took in $40 billion.', '$40 billion')).toBe('revenue');
  });

  it('a wrong quarter for a segment’s takings is found at warning', () => {
    // Google Cloud's $11.955 billion was its fourth quarter of 2024, not the third.
    expect(flagged('Google Cloud brought in $11.955 billion in the third quarter of 2024.', '2025-03-01')).toContain('$11.955 billion fact.wrong-period');
  });

  it('a round that brought in money still raised it', () => {
    expect(metricOf('The March round brought in $2 billion at a $20 billion valuation.', '$2 billion')).toBe('funding.raised');
  });

  it('not a count or a share', () => {
    expect(metricOf('The promotion brought in 2 million new users in 2024.', '2 million')).not.toBe('revenue');
    expect(metricOf('The unit took in 30% of the budget in 2024.', '30%')).not.toBe('revenue');
  });
});

describe('the subject of the verb narrows it', () => {
  it('a segment that brought in a figure, with adverbs between', () => {
    expect(metricOf('In that quarter data center alone had already brought in $18.4 billion.', '$18.4 billion', '2024-03-01')).toBe('revenue.datacenter');
    expect(metricOf('The data-center segment brought in $2.8 billion in the June quarter of 2024.', '$2.8 billion')).toBe('revenue.datacenter');
  });

  it('but not a narrower word in another phrase before it', () => {
    expect(metricOf('Helped by data center demand, the company brought in $22 billion in the quarter.', '$22 billion', '2024-03-01')).toBe('revenue');
  });
});
