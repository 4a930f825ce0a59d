/**
 * A valuation multiple whose words name an earlier valuation as its base ("times the previous valuation",
 * "x the March 2023 valuation") takes the one earlier valuation of the same company in its sentence or the
 * one before (checks/arithmetic/earlierValuationMultiple.ts). Two candidates, or none of the named time, and
 * nothing is read.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a valuation multiple of an earlier valuation', () => {
  it.each<[string, Case]>([
    ['the previous valuation in the sentence before, wrong', { text: 'In May 2023 Cohere raised $100 million at a $2 billion valuation. In April 2024 it raised again at a valuation of $6 billion, about 5 times the previous valuation.', flagged: ['5 times'] }],
    ['the previous valuation in the sentence before, right', { text: 'In May 2023 Cohere raised $100 million at a $2 billion valuation. In April 2024 it raised again at a valuation of $6 billion, about 3 times the previous valuation.', consistent: ['3 times'] }],
    ['a named month and year, wrong', { text: 'In May 2023 Cohere raised $100 million at a $2 billion valuation. In 2024 it was valued at $3 billion, and in 2025 at a valuation of $8 billion — about 6x the May 2023 valuation.', flagged: ['6x'] }],
    ['silent: two earlier valuations for "previous"', { text: 'In May 2023 Cohere raised $100 million at a $2 billion valuation. In 2024 it was valued at $3 billion, and in 2025 at a valuation of $8 billion — about 6x the previous valuation.' }],
    ['silent: no valuation of the named time', { text: 'In May 2023 Cohere raised $100 million at a $2 billion valuation. In April 2024 it raised at a valuation of $6 billion, about 5 times the March 2022 valuation.' }],
  ])('%s', (_, c) => run(c));
});
