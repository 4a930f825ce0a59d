/**
 * "The two …" totals after a semicolon of the same sentence ("…and another $300 million in June; the two
 * rounds brought in $800 million", "…；两轮合计8亿美元"): the pair words open the clause, so the parts are
 * the like amounts before the semicolon (pairTotal.ts).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a pair total after a semicolon', () => {
  it.each<[string, Case]>([
    ['en, brought in, wrong', { text: 'Harvey raised $300 million in February and another $300 million in June; the two rounds brought in $800 million.', flagged: ['$800 million'] }],
    ['en, brought in, right', { text: 'Harvey raised $300 million in February and another $300 million in June; the two rounds brought in $600 million.', consistent: ['$600 million'] }],
    ['zh, 两轮合计, wrong', { text: '公司2月融资3亿美元，6月又融资3亿美元；两轮合计8亿美元。', flagged: ['8亿美元'] }],
    ['zh, 两轮合计, right', { text: '公司2月融资3亿美元，6月又融资3亿美元；两轮合计6亿美元。', consistent: ['6亿美元'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['the pair words name other things', { text: 'Harvey raised $300 million in February; the two founders own $800 million of stock.' }],
    ['only one part before the semicolon', { text: 'Harvey raised $300 million in February; the two rounds brought in $800 million.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
