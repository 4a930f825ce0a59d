/**
 * A multiple of a total its sentence wrote ("合计100亿美元；…250亿美元的订单，是两家投资总额的2.5倍", "$10 billion
 * in total; the $25 billion order is 2.5 times the combined investment"): the base is the one amount
 * introduced as a total, the subject the one like amount after it (multipleOfTotal.ts). Two totals, two
 * candidates, another currency and nothing is said; the reading is probable, a warning at most, no fix.
 */
import { describe, it } from 'vitest';
import { expectProbable, expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-12-01');

describe('a multiple of a written total', () => {
  it.each<[string, Case]>([
    ['zh, wrong', { text: '甲公司和乙公司分别投资40亿美元和60亿美元，合计100亿美元；丙承诺采购300亿美元的云服务，是两家投资总额的2.5倍。', flagged: ['2.5倍'] }],
    ['zh, right', { text: '甲公司和乙公司分别投资40亿美元和60亿美元，合计100亿美元；丙承诺采购250亿美元的云服务，是两家投资总额的2.5倍。', consistent: ['2.5倍'] }],
    ['en, "in total" then "the combined investment", wrong', { text: 'Alpha and Beta put in $4 billion and $6 billion, $10 billion in total; Gamma\'s $35 billion order is 2.5 times the combined investment.', flagged: ['2.5 times'] }],
    ['en, "a total of" then "the total", right', { text: 'The two backers committed a total of $8 billion, and the lab\'s $24 billion cloud contract is three times the total.', consistent: ['three times'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['two totals', { text: '甲合计投资100亿美元，乙合计投资80亿美元；丙的300亿美元订单是两家投资总额的2.5倍。' }],
    ['two amounts between the total and the multiple', { text: '两家合计投资100亿美元；丙今年采购300亿美元的算力，明年采购200亿美元的算力，是投资总额的2.5倍。' }],
    ['a total in another currency', { text: '两家合计投资100亿欧元；丙承诺采购300亿美元的云服务，是两家投资总额的2.5倍。' }],
    ['no total written', { text: '甲公司和乙公司分别投资40亿美元和60亿美元；丙承诺采购300亿美元的云服务，是两家投资总额的2.5倍。' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning at most, with no fix', () => expectProbable('甲公司和乙公司分别投资40亿美元和60亿美元，合计100亿美元；丙承诺采购300亿美元的云服务，是两家投资总额的2.5倍。', '2.5倍', '2025-12-01'));
});
