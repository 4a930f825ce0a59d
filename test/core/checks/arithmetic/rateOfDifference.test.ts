/**
 * A rate restating a stated difference (session 23, growth.ts `rateOfDifference`): "an increase of $D, or
 * P%" is read on the pair the difference was read on, in its sentence or, after "That is", on the one
 * change of the sentence before.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a rate restating a difference', () => {
  it.each<[string, Case]>([
    ['against a year earlier, wrong', { text: 'Sales for the year came to $48.0 billion, against $30.0 billion a year earlier: an increase of $18.0 billion, or about 80%.', flagged: ['80%'] }],
    ['against a year earlier, right', { text: 'Sales for the year came to $48.0 billion, against $30.0 billion a year earlier: an increase of $18.0 billion, or about 60%.', consistent: ['60%'] }],
    ['the sentence after the change, wrong', { text: 'Sales for the year were $48.0 billion, up from $30.0 billion. That is an increase of $18.0 billion, or 70%, in twelve months.', flagged: ['70%'] }],
    ['the sentence after the change, right', { text: 'Sales for the year were $48.0 billion, up from $30.0 billion. That is an increase of $18.0 billion, or 60%, in twelve months.', consistent: ['60%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['a share after the difference', { text: 'Sales for the year came to $48.0 billion, against $30.0 billion a year earlier: an increase of $18.0 billion, or about 20% of the group.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
