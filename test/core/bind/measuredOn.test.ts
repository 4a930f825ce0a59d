/**
 * A measurement written with "on"/"for" and a product right after it is that product's, not the clause's
 * first name's (bind/measuredOn.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flagged } from '../../helpers/flagged';

const DATE = '2025-03-01';
const owner = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity?.value;

describe('a measurement\'s "on"/"for" product owns it', () => {
  const text = 'Bandwidth climbs from 2 TB/s on the A100 to 8 TB/s on the B200, a fourfold step.';
  it('the later product owns the later figure', () => {
    expect(owner(text, '8')).toBe('b200');
  });
  it('the earlier product keeps its own', () => {
    expect(owner(text, '2')).toBe('a100');
  });
  it('"for" reads the same', () => {
    expect(owner('Memory bandwidth was 2 TB/s for the A100 and 8 TB/s for the B200.', '8')).toBe('b200');
  });
  it('no mismatch is raised against the earlier product', () => {
    expect(flagged(text, DATE)).toEqual([]);
  });
});

describe('near misses: the subject rules decide as before', () => {
  it('a figure with no "on"/"for" product after it keeps the clause\'s subject', () => {
    expect(owner('The B200 moves 8 TB/s, four times the A100.', '8')).toBe('b200');
  });
  it('an amount "for" a company is a price paid, not the company\'s figure', () => {
    expect(owner('Microsoft paid $650 million for Inflection.', '$650 million')).toBe('microsoft');
  });
});
