/**
 * A sentence pointing back may restate the sentence before as rates joined by "or" (checks/arithmetic/
 * pointedMeanList.ts, read by average.ts): the rate per year is the total over its stretch of years, wherever
 * it stands in the list. A sentence with anything but rates in it, or rates joined by other words, is left alone.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-11-20');
const BEFORE = 'The utility plans $90 billion of grid spending over roughly six years for about 30 GW.';

describe('a yearly mean in a list of restated rates', () => {
  it.each<[string, Case]>([
    ['the yearly rate first, wrong', { text: `${BEFORE} That is $20 billion a year, or about $3 billion per gigawatt.`, flagged: ['$20 billion'] }],
    ['the yearly rate first, right', { text: `${BEFORE} That is $15 billion a year, or about $3 billion per gigawatt.`, consistent: ['$15 billion'] }],
    ['the yearly rate last, wrong', { text: `${BEFORE} That is some $3 billion per gigawatt, or $20 billion a year.`, flagged: ['$20 billion'] }],
    ['the yearly rate last, right', { text: `${BEFORE} That is some $3 billion per gigawatt, or $15 billion a year.`, consistent: ['$15 billion'] }],
  ])('%s', (_, c) => run(c));

  const unread: Record<string, Case> = {
    'a rate joined by "and", a new statement': { text: `${BEFORE} That is $3 billion per gigawatt, and the regulator wants $20 billion a year.` },
    'a level among the rates': { text: `${BEFORE} That is $3 billion per gigawatt, or $20 billion a year, against $40 billion of revenue.` },
  };
  for (const [name, c] of Object.entries(unread)) it(`not read as a restated mean: ${name}`, () => run(c));
});
