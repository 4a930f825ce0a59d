/**
 * A deal named by its value as a known thing ("the $50 billion Meta agreement") keeps its own date: a
 * date of another clause or sentence is another figure's (bind/namedDeal.ts).
 */
import { describe, expect, it } from 'vitest';
import { namesDealByValue } from '../../../server/src/core/bind/namedDeal';
import { flaggedClaim } from './flaggedClaim';

const at = (text: string, figure: string) => ({ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });

describe('namesDealByValue', () => {
  const named = [
    { text: 'most of it from the announced $50 billion Meta agreement', figure: '$50 billion' },
    { text: 'helped by its $10 billion multi-year cloud contract', figure: '$10 billion' },
    { text: 'that $14 billion deal is still pending', figure: '$14 billion' },
  ];
  it.each(named)('$text names its deal by $figure', ({ text, figure }) => expect(namesDealByValue(text, at(text, figure))).toBe(true));

  // Near misses: an indefinite deal, a value that is no modifier, a verb between.
  const notNamed = ['Oracle signed a $30 billion contract in June', 'the contract is worth $30 billion', 'the $30 billion it signed as a contract'];
  it.each(notNamed)('%s names no deal by its value', (text) => expect(namesDealByValue(text, at(text, '$30 billion'))).toBe(false));
});

describe('a named deal beside a dated backlog', () => {
  it('takes no period from the backlog\'s clause', () => {
    const text = 'CoreWeave reported a backlog of $55.6 billion at the end of the third quarter, largely the announced $14.2 billion Meta agreement.';
    const { claim, verdicts } = flaggedClaim(text, '$14.2 billion', '2025-12-01');
    expect(claim).toBeDefined();
    expect(claim?.period).toBeUndefined();
    expect(verdicts).not.toContain('wrong-period');
  });

  it('near miss: a date in the deal\'s own clause still dates it', () => {
    const text = 'CoreWeave signed the $14.2 billion Meta agreement in September 2025.';
    expect(flaggedClaim(text, '$14.2 billion', '2025-12-01').claim?.period?.value.start).toBe('2025-09-01');
  });
});
