/**
 * The whole a stake's price implies (session 23, stakeValuation.ts): price ÷ share, when "for" joins the
 * price and the share and a valuing word ("implying", "which values … at", "at a valuation of") stands
 * right before the whole.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-11-20');

describe('the whole a stake price implies', () => {
  it.each<[string, Case]>([
    ['price for a share, implying, wrong', { text: 'Globex paid $6 billion for a 40% stake in Initech, implying a value of about $20 billion for the whole company.', flagged: ['$20 billion'] }],
    ['price for a share, which values, right', { text: 'Globex paid $6 billion for 40% of Initech in May, which values Initech at about $15 billion.', consistent: ['$15 billion'] }],
    ['share for a price, wrong', { text: 'The state took about 20% for $5 billion, which values the company at about $40 billion.', flagged: ['$40 billion'] }],
    ['possessive price, implied, wrong', { text: "Globex's $6 billion for 40% of Initech implied only about $11 billion for the whole.", flagged: ['$11 billion'] }],
    ['at a valuation above, right', { text: 'Globex paid $6 billion for 40% of Initech at a valuation above $14 billion.', consistent: ['$14 billion'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['a pre-money value is another base', { text: 'Globex paid $6 billion for 40% of Initech, valuing it at a pre-money $20 billion.' }],
    ['no valuing word', { text: 'Globex paid $6 billion for 40% of Initech, and Initech later raised $20 billion.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
