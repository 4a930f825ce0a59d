/**
 * A count at a unit price and the total it comes to (session 24, unitPrice.ts `products`): the price of one
 * written "a card" / "apiece", the total after "cost", "is a … commitment" or a relative clause, a bare
 * amount after "N shares at", and the Chinese "按每块…算，要…".
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a count at a unit price', () => {
  it.each<[string, Case]>([
    ['"a card", wrong', { text: 'A 2,048-GPU cluster at $30,000 a card is $6.1 billion before networking.', flagged: ['$6.1 billion'] }],
    ['"a card", right', { text: 'A 2,048-GPU cluster at $30,000 a card is $61 million before networking.', consistent: ['$61 million'] }],
    ['"cost", wrong', { text: 'Some 4,000 accelerators at $20,000 each cost $800 million in all.', flagged: ['$800 million'] }],
    ['a relative clause before the total, wrong', { text: 'A 5,000-GPU order at $32,000 apiece, which the budget allows for, is a $1.6 billion commitment.', flagged: ['$1.6 billion'] }],
    ['a relative clause before the total, right', { text: 'A 5,000-GPU order at $32,000 apiece, which the budget allows for, is a $160 million commitment.', consistent: ['$160 million'] }],
    ['shares at a bare price, right', { text: 'The company sold 20 million shares at $25, a gross raise of $500 million.', consistent: ['$500 million'] }],
    ['shares at a bare price, wrong', { text: 'The company sold 20 million shares at $25, a gross raise of $700 million.', flagged: ['$700 million'] }],
    ['按每块…算, wrong', { text: '这家云厂商的8万块卡，按每块3万美元算，要36亿美元。', flagged: ['36亿美元'] }],
    ['按每块…算, right', { text: '这家云厂商的8万块卡，按每块3万美元算，要24亿美元。', consistent: ['24亿美元'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    // A total restated, not a price: the amount after "at" is near the stated figure.
    ['a count at a total', { text: 'The lab bought 20,000 GPUs at $600 million, or $0.6 billion.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
