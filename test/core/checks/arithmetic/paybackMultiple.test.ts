/**
 * paybackMultiple.ts: what a round's investors get back, written as a multiple of the round and as an
 * amount in one clause; the amount is the round × the multiple. Another figure between them, or a
 * multiple that is not tied to the round's amount, and nothing is read.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a payback multiple and the amount it returns', () => {
  it.each<[string, Case]>([
    ['en, ", or", wrong', { text: 'Backers of the $200 million round get back about 1.5x, or roughly $400 million.', flagged: ['$400 million'] }],
    ['en, ", or", right', { text: 'Backers of the $200 million round get back about 1.5x, or roughly $300 million.', consistent: ['$300 million'] }],
    ['en, "which works out to", wrong', { text: 'Those in the $40 million round get 1.2 times their money, which works out to $60 million.', flagged: ['$60 million'] }],
    ['en, "their stake, roughly", right', { text: 'Investors in the seed $10 million round get back about 2 times their stake, roughly $20 million.', consistent: ['$20 million'] }],
    ['zh, 那一轮…收回, wrong', { text: '2亿美元那一轮的投资者约收回1.5倍，约4亿美元。', flagged: ['4亿美元'] }],
    ['zh, 那一轮…收回, right', { text: '2亿美元那一轮的投资者约收回1.5倍，约3亿美元。', consistent: ['3亿美元'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['another figure between', { text: 'Backers of the $200 million round, 40 funds in all, get back about 1.5x, or roughly $400 million.' }],
    ['a valuation multiple, no round', { text: 'The $200 million revenue line is valued at 15x, or roughly $4 billion.' }],
    ['the amount is a different currency', { text: 'Backers of the $200 million round get back about 1.5x, or roughly €400 million.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
