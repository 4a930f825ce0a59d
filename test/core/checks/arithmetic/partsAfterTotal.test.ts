/**
 * A total written first, then one part per party named before it, handed out by "respectively" / 分别
 * (partsAfterTotal.ts): "Nvidia and AMD spent $30 billion, using $20 billion and $8 billion respectively".
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a total and its parts after it, respectively', () => {
  it.each<[string, Case]>([
    ['en, wrong', { text: 'Microsoft and Amazon spent $140 billion last year, using $80 billion and $50 billion respectively.', flagged: ['$140 billion'] }],
    ['en, right', { text: 'Microsoft and Amazon spent $130 billion last year, using $80 billion and $50 billion respectively.', consistent: ['$130 billion'] }],
    ['en, a colon, wrong', { text: 'Microsoft and Amazon spent $140 billion in 2024: $80 billion and $50 billion respectively.', flagged: ['$140 billion'] }],
    ['zh, 分别为, wrong', { text: '微软和亚马逊去年合计花了1400亿美元，分别为800亿美元和500亿美元。', flagged: ['1400亿美元'] }],
    ['zh, 分别为, right', { text: '微软和亚马逊去年合计花了1300亿美元，分别为800亿美元和500亿美元。', consistent: ['1300亿美元'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['earlier levels after a verb, not parts', { text: 'Microsoft and Amazon raised capex to $140 billion, up from $80 billion and $50 billion respectively.' }],
    ['one party named for two parts', { text: 'Microsoft spent $140 billion last year, using $80 billion and $50 billion respectively.' }],
    ['three parties for two parts', { text: 'Microsoft, Amazon and Meta spent $140 billion last year, using $80 billion and $50 billion respectively.' }],
    ['no respectively', { text: 'Microsoft and Amazon spent $140 billion last year, using $80 billion and $50 billion of it on chips.' }],
  ])('not read: %s', (_, c) => run(c));
});
