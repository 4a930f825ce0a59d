/**
 * What a holding is worth is not the company's valuation (bind/stakeWorth.ts): "values our slice at",
 * "marks the stake at", "our block is worth"; and a part of a company's shares is a stake, not market
 * share ("0.01% of fully diluted shares": data/metrics.yaml, equity-stake).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flagged } from '../../helpers/flagged';

const DATE = '2025-06-01';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('a holding valued', () => {
  it('"values our slice at"', () => {
    const text = 'Our model marks Anthropic at $61.5 billion, which values our slice at roughly $4.8 million.';
    expect(metricOf(text, '$4.8 million')).toBeUndefined();
    expect(flagged(text, DATE)).toEqual([]);
  });
  it('"the block is worth"', () => expect(metricOf('At the last Anthropic round price, the block is worth about $4.8 million.', '$4.8 million')).not.toBe('valuation'));
  it('the company itself is still valued', () => expect(metricOf('Investors valued Anthropic at $61.5 billion in March 2025.', '$61.5 billion')).toBe('valuation'));
});

describe('a part of the shares', () => {
  it('is a stake', () => {
    const text = 'The block on offer is about 0.02% of Anthropic’s fully diluted shares.';
    expect(metricOf(text, '0.02%')).toBe('equity-stake');
    expect(flagged(text, DATE)).toEqual([]);
  });
  it('market share stays market share', () => expect(metricOf('Anthropic’s share of the enterprise LLM market was 24% in 2024.', '24%')).toBe('market-share'));
});
