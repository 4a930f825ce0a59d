/**
 * The bare "double" / "triple" / "quadruple" are multiples only after a hedge a multiple takes ("more than
 * triple", "nearly double", "roughly triple"; recognize/read-en.ts): without it they are adjectives far more
 * often ("double-digit", "a triple play"), and "double-digit" or "double down" after a hedge stays a word.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../server/src/core/recognize/index';

const multiples = (s: string) => recognize(s).filter((q) => q.kind === 'multiple').map((q) => [q.text, q.value, q.low, q.high]);

describe('a hedged "double" or "triple" is a multiple', () => {
  it('reads "more than triple", "nearly double", "roughly quadruple"', () => {
    expect(multiples('The plan is more than triple last year\'s budget.')).toEqual([['triple', 3, 3, null]]);
    expect(multiples('Its output price is nearly double the input price.').map((m) => m[1])).toEqual([2]);
    expect(multiples('Sales would roughly quadruple by 2027.').map((m) => m[1])).toEqual([4]);
  });

  it('near miss: no hedge, or an adjective after one', () => {
    expect(multiples('The fund posted double-digit returns and a triple play.')).toEqual([]);
    expect(multiples('Growth was more than double-digit for a year.')).toEqual([]);
    expect(multiples('The price doubled; the team will double down.').map((m) => m[0])).toEqual(['doubled']);
    expect(multiples('Managers said they would double the budget.')).toEqual([]);
  });
});
