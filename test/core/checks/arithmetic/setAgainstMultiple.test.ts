/**
 * Two amounts set against each other, then after a comma a multiple that says it is the first over the
 * second ("A against China's B, roughly eight times as much", "A，对比中国的B，约为12倍"): ratios.ts.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a pair set against each other, then "N times as much"', () => {
  it.each<[string, Case]>([
    ['en, a named second amount and a year, wrong', { text: 'Acme booked $50 billion in 2024 against Beta\'s $10 billion, roughly eight times as much.', flagged: ['eight times'] }],
    ['en, a named second amount, right', { text: 'Acme booked $50 billion against Beta\'s $10 billion, roughly five times as much.', consistent: ['five times'] }],
    ['en, versus, as large, wrong', { text: 'The fund holds $90 billion versus $30 billion, about six times as large.', flagged: ['six times'] }],
    ['zh, 对比…的, wrong', { text: '甲公司投资1000亿美元，对比乙公司的100亿美元，约为20倍。', flagged: ['20倍'] }],
    ['zh, 对比…的, right', { text: '甲公司投资1000亿美元，对比乙公司的100亿美元，约为10倍。', consistent: ['10倍'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['another measure ("as many users")', { text: 'Acme booked $50 billion against Beta\'s $10 billion, roughly eight times as many users.' }],
    ['a third time named ("as much as in 2020")', { text: 'Acme booked $50 billion against Beta\'s $10 billion, roughly eight times as much as in 2020.' }],
    ['no "as much": the multiple may be of anything', { text: 'Acme booked $50 billion against Beta\'s $10 billion, roughly eight times its headcount.' }],
    ['zh, a growth multiple is not a ratio read here', { text: '甲公司投资1000亿美元，对比乙公司的100亿美元，增长了20倍。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
