/**
 * A lone "May" is the month only where the verb cannot stand: after a preposition, and after an article
 * or possessive determiner ("the May filing", "its May round"), which a modal verb never follows.
 */
import { describe, expect, it } from 'vitest';
import { scanPeriods } from '../../../server/src/core/bind/periods';

function read(text: string) {
  return scanPeriods(text, { start: 0, end: text.length }, { documentDate: '2025-09-01' }).map((m) => [text.slice(m.start, m.end), m.period?.start, m.period?.end]);
}

describe('a lone May after a determiner', () => {
  it('is the month', () => {
    expect(read('The May top-up of $2 billion lifted the order book.')).toEqual([['May', '2025-05-01', '2025-05-31']]);
    expect(read('Acme said its May filing showed $3 billion.')).toEqual([['May', '2025-05-01', '2025-05-31']]);
  });

  it('while the modal verb stays no date', () => {
    expect(read('The buyer May walk away; the board may still approve $2 billion.')).toEqual([]);
    expect(read('Prices may fall to $2 in the coming weeks.')).toEqual([]);
  });
});
