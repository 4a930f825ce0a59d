/**
 * "A against B a year earlier, a P% rise" (growthPatterns.ts `olderAgainst`): a figure set against another
 * whose own words date it earlier is a change from the second to the first. Without such a date, or with
 * two companies' figures, the pair is a comparison, not a change, and nothing is read.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a figure set against its earlier value', () => {
  it.each<[string, Case]>([
    ['which is a P% rise, wrong', { text: 'Chip sales reached $4.50 billion against $3.00 billion a year earlier, which is a 35% rise.', flagged: ['35%'] }],
    ['is a P% jump, wrong', { text: 'Northwind chip sales of $4.50 billion against $3.00 billion a year earlier is a 35% jump.', flagged: ['35%'] }],
    ['is a P% jump, right', { text: 'Northwind chip sales of $4.50 billion against $3.00 billion a year earlier is a 50% jump.', consistent: ['50%'] }],
    ['a sequential gain of, wrong', { text: 'Northwind booked revenue of $12.0 billion in the quarter to June 2025, against $10.0 billion in the March quarter, a sequential gain of 30%.', flagged: ['30%'] }],
    ['a sequential gain of, right', { text: 'Northwind booked revenue of $12.0 billion in the quarter to June 2025, against $10.0 billion in the March quarter, a sequential gain of 20%.', consistent: ['20%'] }],
    ['compared with last year, up P%, wrong', { text: 'Northwind earned $6.0 billion, compared with $5.0 billion last year, up 30%.', flagged: ['30%'] }],
    ['versus the year before, a decline, right', { text: 'Northwind spent $8.0 billion versus $10.0 billion the year before, a decline of 20%.', consistent: ['20%'] }],
    ['an increase of D, wrong', { text: 'Northwind chip sales were $4.50 billion against $3.00 billion a year earlier, an increase of $2.5 billion.', flagged: ['$2.5 billion'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['no date on the second figure (a forecast)', { text: 'Northwind reported revenue of $39.3 billion, against $35.1 billion expected, up 78% from a year earlier.' }],
    ['the same quarter for both', { text: 'Northwind booked $28.8 billion against $12.0 billion in the quarter, up 19%.' }],
    ['a named quarter the binder does not date earlier', { text: 'Northwind booked $28.8 billion against $12.0 billion in the fourth quarter, up 19%.' }],
    ['another company named on the second figure', { text: "Northwind booked $28.8 billion against Globex's $12.0 billion a year earlier, up 19%." }],
    ['a range', { text: 'Estimates range from $28.8 billion against $12.0 billion a year earlier, up 19%.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
