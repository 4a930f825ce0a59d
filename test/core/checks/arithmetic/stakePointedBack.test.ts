/**
 * The round of the sentence before, pointed back at ("the $3 billion bought about 40% of a company", "the
 * new money bought…", "这笔钱约占估值的四成"): the share is raised ÷ valuation (stakes.ts).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a stake pointed back at the round before', () => {
  it.each<[string, Case]>([
    ['en, the amount restated with a hedge, wrong', { text: 'The startup closed a $3 billion seed at a $12 billion valuation. The $3 billion bought about 40% of a company with no product.', flagged: ['40%'] }],
    ['en, the amount restated with a hedge, right', { text: 'The startup closed a $3 billion seed at a $12 billion valuation. The $3 billion bought about 25% of a company with no product.', consistent: ['25%'] }],
    ['en, "the new money", wrong', { text: 'The startup raised $3 billion at a $12 billion valuation. The new money bought about 40% of the company.', flagged: ['40%'] }],
    ['en, "the new money is … of the post-money value", right', { text: 'The startup raised $3 billion at a $30 billion valuation. The new money is about 10% of the post-money value.', consistent: ['10%'] }],
    ['zh, 这笔钱约占估值的, wrong', { text: '某基金投资6亿美元，对应估值约30亿美元。这笔钱约占估值的四成。', flagged: ['四成'] }],
    ['zh, 这笔钱约占估值的, right', { text: '某基金投资6亿美元，对应估值约30亿美元。这笔钱约占估值的两成。', consistent: ['两成'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, no round in the sentence before', { text: 'The startup is worth $12 billion. The new money bought about 40% of the company.' }],
    ['en, a share of a pre-money value', { text: 'The startup raised $3 billion at a $12 billion valuation. The new money is about 40% of the pre-money value.' }],
    ['en, the share of another company', { text: 'The startup raised $3 billion at a $12 billion valuation. The new money bought about 40% of a chip maker.' }],
    ['en, a price per share after "at" is no valuation', { text: 'A chip maker then bought $5 billion of the company at $23.28, about 215 million shares and a ~4% stake.' }],
    ['zh, 这笔钱 of another measure (收入)', { text: '某基金投资6亿美元，对应估值约30亿美元。这笔钱约占其收入的四成。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
