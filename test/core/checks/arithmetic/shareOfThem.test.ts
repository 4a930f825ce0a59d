/**
 * A share of a count or amount named after it, then restated (percentOf.ts): "about 2.6 million downloads,
 * 23% of them in China, roughly 600,000", "累计下载约260万次，其中中国占23%，约60万次". The part's label
 * after "of them" / "of which" or between 其中 and 占 is free; anything else between the share and the
 * restated amount is not a restatement.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-11-20');

describe('a share of a whole named before it, with 其中 / of them', () => {
  it.each<[string, Case]>([
    ['en, of them, wrong', { text: 'The app had about 2.6 million downloads, 23% of them in Brazil, roughly 800,000.', flagged: ['800,000'] }],
    ['en, of them, right by rounding', { text: 'The app had about 2.6 million downloads, 23% of them in Brazil, roughly 600,000.', consistent: ['600,000'] }],
    ['en, of which, money, wrong', { text: 'Northwind booked $40 million of orders, 30% of which came from Japan, or about $20 million.', flagged: ['$20 million'] }],
    ['en, of which, money, right', { text: 'Northwind booked $40 million of orders, 30% of which came from Japan, or about $12 million.', consistent: ['$12 million'] }],
    ['zh, 其中…占, wrong', { text: '累计下载约260万次，其中巴西占23%，约80万次。', flagged: ['80万次'] }],
    ['zh, 其中…占, right', { text: '累计下载约260万次，其中巴西占23%，约60万次。', consistent: ['60万次'] }],
    ['zh, 其中…约占, money, wrong', { text: '诺风去年营收40亿元，其中海外约占30%，约20亿元。', flagged: ['20亿元'] }],
    ['zh, 其中…约占, money, right', { text: '诺风去年营收40亿元，其中海外约占30%，约12亿元。', consistent: ['12亿元'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, another count after the share', { text: 'The app had about 2.6 million downloads, 23% of them in Brazil, and 800,000 reviews.' }],
    ['zh, another measure after the share', { text: '累计下载约260万次，其中巴西占23%，日活约80万。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
