/**
 * The noun "share" names its measure after "of", past the words that narrow it ("share of H1 2024
 * revenue", "share of first-half sales"), wherever the figure stands: in the same clause or in a table's
 * row label. "share" alone stays a market share.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flagged } from '../../helpers/flagged';

const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-03-01');
const metricOf = (text: string, figure: string) => claimOf(text, figure)?.metric?.value;

describe('"share of … revenue" is a share of revenue', () => {
  it('past a period between "of" and the head', () => {
    expect(metricOf("The largest customer's share of H1 2024 revenue was 61%.", '61%')).toBe('share-of-revenue');
    expect(metricOf("The top client's share of 2023 sales came to 40%.", '40%')).toBe('share-of-revenue');
  });

  it("in a table's row label", () => {
    const table = '| Company | Measure | Figure |\n|---|---|---|\n| Cerebras | top customer share of H1 2024 revenue | 61% |';
    expect(metricOf(table, '61%')).toBe('share-of-revenue');
  });

  it('a share of a market stays a market share', () => {
    expect(metricOf("Nvidia's share of the 2023 data-center GPU market was 98%.", '98%')).toBe('market-share');
    expect(metricOf('Its share in 2024 was 35%.', '35%')).toBe('market-share');
  });
});

describe('checked as a share of revenue', () => {
  it('a customer share that misses the recorded one is contradicted, the recorded one passes', () => {
    expect(flagged('In its prospectus Cerebras put the G42 share of H1 2024 revenue at 68%.', '2025-10-15')).toEqual(['68% fact.value-mismatch']);
    expect(flagged('In its prospectus Cerebras put the G42 share of H1 2024 revenue at 87%.', '2025-10-15')).toEqual([]);
  });
});
