/**
 * What a company went from and to, when the sentence tells the round's money as its own figure, is its
 * valuation (bind/fromToWorth.ts); a figure in a bracketed aside on the change's start is of the start's
 * moment, and takes no date outside the aside (bind/changeStartAside.ts).
 */
import { describe, expect, it } from 'vitest';
import { changeStartAside, startAsideBefore } from '../../../server/src/core/bind/changeStartAside';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-06-01';
const claimOf = (text: string, figure: string) => flaggedClaim(text, figure, DATE);

describe('a company going from one sum to another beside a round of its own', () => {
  const text = 'Mistral went from €2 billion (raising €385 million) to about €5.8 billion in June 2024 on a €600 million round.';

  it('reads the pair as valuations, the round figures as raises', () => {
    expect(claimOf(text, '€2 billion').claim?.metric?.value).toBe('valuation');
    expect(claimOf(text, '€5.8 billion').claim?.metric?.value).toBe('valuation');
    expect(claimOf(text, '€600 million').claim?.metric?.value).toBe('funding.raised');
    expect(claimOf(text, '€385 million').claim?.metric?.value).toBe('funding.raised');
  });

  it('dates the end of the change, not the start\'s aside', () => {
    expect(claimOf(text, '€5.8 billion').claim?.period?.value.start).toBe('2024-06-01');
    expect(claimOf(text, '€385 million').claim?.period).toBeUndefined();
    expect(claimOf(text, '€2 billion').verdicts).toEqual([]);
    expect(claimOf(text, '€385 million').verdicts).toEqual([]);
  });

  it('a date inside the aside is its figure\'s', () => {
    const dated = 'Mistral went from €2 billion (raising €385 million in December 2023) to about €5.8 billion in June 2024.';
    expect(claimOf(dated, '€385 million').claim?.period?.value.start).toBe('2023-12-01');
  });

  it('near misses: a measure named before "from", no round figure of its own', () => {
    const revenue = "Mistral's revenue went from €20 million to €60 million on a €600 million round.";
    expect(claimOf(revenue, '€20 million').claim?.metric?.value).not.toBe('valuation');
    const bare = 'Mistral went from €20 million to €60 million of revenue in 2024.';
    expect(claimOf(bare, '€20 million').claim?.metric?.value).not.toBe('valuation');
  });
});

describe('changeStartAside', () => {
  const at = (text: string, figure: string) => ({ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });
  it('finds the aside between "from $A" and "to"', () => {
    const text = 'Acme went from $2 billion (after raising $300 million) to $5 billion in May.';
    expect(changeStartAside(text, at(text, '$300 million'), { start: 0, end: text.length })).toEqual({ start: text.indexOf('('), end: text.indexOf(')') + 1 });
  });
  it('near misses: an aside not on a change\'s start', () => {
    const text = 'Acme raised $2 billion (including $300 million from Nvidia) in May.';
    expect(changeStartAside(text, at(text, '$300 million'), { start: 0, end: text.length })).toBeUndefined();
    const end = 'Acme went from $2 billion to $5 billion (raising $300 million) in May.';
    expect(changeStartAside(end, at(end, '$300 million'), { start: 0, end: end.length })).toBeUndefined();
  });
});

describe('startAsideBefore: the start\'s aside dates only the start', () => {
  const at = (text: string, figure: string) => ({ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });
  const whole = (text: string) => ({ start: 0, end: text.length });
  const text = 'Zephyr moved from $400M at $3B (Series C, May 2022) to $1.5B at $18B (Series D), a big jump.';

  it('finds the aside before a figure on the far side of "to"', () => {
    expect(startAsideBefore(text, at(text, '$1.5B'), whole(text))).toEqual({ start: text.indexOf('('), end: text.indexOf(')') + 1 });
  });

  it('near misses: a figure on the start side, or no "from" before the aside', () => {
    expect(startAsideBefore(text, at(text, '$3B'), whole(text))).toBeUndefined();
    const plain = 'Zephyr raised $400M (May 2022) and later took $1.5B to expand.';
    expect(startAsideBefore(plain, at(plain, '$1.5B'), whole(plain))).toBeUndefined();
  });

  it('does not date the far-side figure by the start\'s aside', () => {
    expect(claimOf(text, '$1.5B').claim?.period?.value.label).not.toBe('May 2022');
  });
});
