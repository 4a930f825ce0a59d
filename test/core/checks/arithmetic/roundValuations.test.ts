/**
 * A round's post-money valuation is its pre-money one plus the money raised (roundValuations.ts): with all
 * three written and named in one sentence, the one written last is judged. Two rounds in the sentence, an
 * unnamed valuation or another currency say nothing; probable, a warning at most.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('pre-money plus the new money is the post-money valuation', () => {
  it.each<[string, Case]>([
    ['en the pre-money derived last, wrong', { text: 'Northwind raised $500 million in May at a $12.5 billion post-money valuation; that means the pre-money was about $13.5 billion.', flagged: ['$13.5 billion'] }],
    ['en the pre-money derived last, right', { text: 'Northwind raised $500 million in May at a $12.5 billion post-money valuation; that means the pre-money was about $12 billion.', consistent: ['$12 billion'] }],
    ['en the post-money derived last, wrong', { text: 'Northwind raised $6 billion at an $18 billion pre-money valuation, so the post-money valuation was $28 billion.', flagged: ['$28 billion'] }],
    ['zh 投后 then 融资额 then 投前, right', { text: '该公司E轮投后估值615亿美元，按35亿美元融资额计算，投前估值约580亿美元。', consistent: ['580亿美元'] }],
    ['zh 投前 plus 新钱 is 投后, wrong', { text: '该公司那一轮投前估值180亿美元，加上新钱60亿美元，正好是投后的250亿美元。', flagged: ['250亿美元'] }],
    ['zh 的B轮融资, 投后, 投前, wrong', { text: '该公司5月完成60亿美元的B轮融资，投后估值240亿美元、投前估值190亿美元。', flagged: ['190亿美元'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en two rounds in the sentence', { text: 'Northwind raised $6 billion at a $24 billion post-money valuation in May and raised $6 billion more in December at an $18 billion pre-money valuation.' }],
    ['en a valuation not named pre- or post-money', { text: 'Northwind raised $500 million at a $12.5 billion valuation; the pre-money was about $13 billion.' }],
    ['zh another currency', { text: '该公司本轮融资6亿欧元，投前估值58亿欧元，投后估值约70亿美元。' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning at most, with no fix', () => {
    const { findings } = check('Northwind raised $500 million in May at a $12.5 billion post-money valuation; that means the pre-money was about $13.5 billion.', { date: '2025-06-01' });
    const f = findings.find((x) => x.text === '$13.5 billion')!;
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
  });
});
