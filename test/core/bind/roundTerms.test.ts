/**
 * "$X at $Y": a round's amount at its valuation, when no trigger word names either measure.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01');
const metricOf = (text: string, figure: string) => claimOf(text, figure)?.metric?.value;

describe('"$X at $Y" is a raise at a valuation', () => {
  it('binds both figures', () => {
    const text = 'Anthropic, March 2023: $300 million at about $4.1 billion.';
    expect(metricOf(text, '$300 million')).toBe('funding.raised');
    expect(metricOf(text, '$4.1 billion')).toBe('valuation');
  });

  it('makes a slipped scale checkable', () => {
    expect(claimOf('Anthropic, March 2023: $300 million at about $4.1 million.', '$4.1 million')?.verdict).toBe('wrong-scale');
    expect(claimOf('Anthropic, March 2023: $300 million at about $4.1 billion.', '$4.1 billion')?.verdict).toBe('supported');
  });

  it('leaves a per-share price alone', () => {
    expect(metricOf('CoreWeave sold $1.5 billion at $40 a share.', '$40')).not.toBe('valuation');
  });

  it('needs "at" right between the two amounts', () => {
    expect(metricOf('Anthropic spent $300 million and, at the end of the year, $4.1 billion.', '$4.1 billion')).toBeUndefined();
    expect(metricOf('Anthropic spent $300 million in 2023 at a loss, then $4.1 billion.', '$4.1 billion')).toBeUndefined();
  });

  it('does not override a trigger word', () => {
    expect(metricOf('Anthropic raised $3.5 billion at $61.5 billion post-money.', '$61.5 billion')).toBe('valuation');
    expect(metricOf('Amazon invested $4 billion at $18 billion.', '$4 billion')).toBe('investment');
  });
});

describe('"seed" alone names the round the amount raised', () => {
  it('"took a $2 billion seed", "closed a $2 billion seed, the largest ever": the raise, beside its own valuation', () => {
    const text = 'Thinking Machines took a $2 billion seed in July 2025 at a $12 billion valuation.';
    expect(metricOf(text, '$2 billion')).toBe('funding.raised');
    expect(metricOf(text, '$12 billion')).toBe('valuation');
    expect(metricOf('Thinking Machines closed a $2 billion seed, the largest ever, in July 2025.', '$2 billion')).toBe('funding.raised');
  });

  it('near miss: seed investors valuing the company give a valuation', () => {
    expect(metricOf('Its seed investors valued Thinking Machines at $12 billion in July 2025.', '$12 billion')).toBe('valuation');
  });
});
