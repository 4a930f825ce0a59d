/**
 * A per-head price beside a population's yearly total (annualized.ts, totalOfHeads): with a head count
 * or a share written before it, a yearly figure a hundred times beyond the price × 12 is the total the
 * population pays, not the price restated; without one, the restatement is still checked.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-04-01');

describe('a per-head price and the total of its payers', () => {
  it.each<[string, Case]>([
    ['zh, a share of users paying', { text: '假设其中5%付费、每月20美元，一年就是60亿美元订阅收入。' }],
    ['en, a share of a user count paying', { text: 'If 5% of 500 million users pay $20 a month, that is $6 billion a year.' }],
    ['en, no population: still a restatement', { text: 'The plan costs $20 a month, that is $240 a year.', consistent: ['$240'] }],
    ['zh, no population: still a restatement, wrong', { text: '该套餐每月20美元，一年就是200美元。', flagged: ['200美元'] }],
  ])('%s', (_, c) => run(c));
});
