/**
 * "went from A in one quarter to B a year later, growth of P%": the time of the new value may be counted from
 * the old one ("a year later", "two quarters later", "12 months on") between the new value and its rate
 * (growthPatterns.ts). Explicit, both values in the rate's sentence.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a new value dated from the old one', () => {
  it.each<[string, Case]>([
    ['en a year later, wrong', { text: 'The segment went from $20.0 billion in the June 2023 quarter to $23.0 billion a year later, growth of 21%.', flagged: ['21%'] }],
    ['en a year later, right', { text: 'The segment went from $20.0 billion in the June 2023 quarter to $23.0 billion a year later, growth of 15%.', consistent: ['15%'] }],
    ['en a quarter later, right by rounding', { text: 'Bookings went from $4.1 billion in March to $5.0 billion a quarter later, up 22%.', consistent: ['22%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en the rate is of another figure', { text: 'The segment went from $20.0 billion in the June 2023 quarter to $23.0 billion a year later, while its margin grew 21%.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
