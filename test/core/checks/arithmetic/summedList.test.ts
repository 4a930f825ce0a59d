/**
 * A sum said by a summing verb before the list and a verb of result before the total (sums.ts `summedCue`):
 * "Summing A, B and C gives T", "Adding A and B yields T". Without the summing verb, "gives" ties nothing.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('summing A, B and C gives T', () => {
  it.each<[string, Case]>([
    ['summing … gives, wrong', { text: 'Summing the three plans (midpoints of $40 billion, $30 billion and $20 billion) gives $100 billion.', flagged: ['$100 billion'] }],
    ['summing … gives, right', { text: 'Summing the three plans (midpoints of $40 billion, $30 billion and $20 billion) gives $90 billion.', consistent: ['$90 billion'] }],
    ['adding … yields, wrong', { text: 'Adding 120,000 GPUs and 80,000 GPUs yields 250,000 GPUs.', flagged: ['250,000 GPUs'] }],
    ['add … and you get, right', { text: 'Add $3 billion, $4 billion and $5 billion and you get $12 billion.', consistent: ['$12 billion'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['no summing verb before the list', { text: 'The company raised $40 billion, $30 billion and $20 billion, which gives it $100 billion of firepower.' }],
    ['a figure between the summing verb and the list', { text: 'Summing up 2024, when revenue was $50 billion, the plans of $40 billion and $30 billion give $100 billion.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
