/**
 * A deal under negotiation "at" a sum (bind/roundTerms.ts TALKS_AT_BEFORE): "in talks at about $5
 * billion" prices the company, a valuation, never money raised; told in the present ("is in talks") it
 * is under way now and takes no date of the predicate coordinated before it (bind/dealUnderWay.ts
 * underWayFrom). A funding label before a round's "$X at $Y" names the pair a round's terms
 * (ROUND_BEFORE). English only: Chinese writes the valuation word (以50亿美元估值洽谈), which binds already.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2024-06-24';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;
const periodOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.period?.value?.label;

describe('"in talks at $X" is a valuation under way now', () => {
  const text = 'Cohere raised $270 million at about $2.2 billion in June 2023 and is reportedly in talks at about $5 billion.';
  it('the sum the talks are at is a valuation', () => {
    expect(metricOf(text, '$5 billion')).toBe('valuation');
    expect(metricOf(text, '$270 million')).toBe('funding.raised');
  });
  it('and takes no date of the raise coordinated before it', () => {
    expect(periodOf(text, '$5 billion')).toBeUndefined();
    expect(periodOf(text, '$270 million')).toBe('Jun 2023');
  });
  it('near miss: "in talks to raise $500 million" is money raised', () => {
    expect(metricOf('Cohere raised $270 million in June 2023 and is in talks to raise $500 million.', '$500 million')).toBe('funding.raised');
  });
});

describe('a funding label before "$X at $Y"', () => {
  it('names the pair a round\'s terms', () => {
    const text = '- **Funding:** $250 million in June 2023 at about $2.2 billion; now in talks at US$5 billion.\n';
    expect(metricOf(text, '$2.2 billion')).toBe('valuation');
    expect(metricOf(text, '$250 million')).toBe('funding.raised');
  });
});

describe('a reporting date before talks under way', () => {
  it('still dates the talks: no predicate is coordinated before them', () => {
    const text = 'Reuters reported on March 28 that Cohere is in talks to raise at least $500 million at a valuation of about $5 billion.';
    expect(periodOf(text, '$5 billion')).toBeDefined();
    expect(metricOf(text, '$5 billion')).toBe('valuation');
  });
});
