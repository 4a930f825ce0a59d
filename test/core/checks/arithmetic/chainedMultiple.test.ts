/**
 * A second multiple of the same subject, written on after the first one's base (checks/arithmetic/
 * chainedMultiple.ts, read by ratios.ts): "A, 12 times B and 20 times C", "A约是中国B的12倍、英国C的24倍".
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-05-01');

describe('a multiple that carries the subject of the one before', () => {
  it.each<[string, Case]>([
    ['en second multiple, wrong', { text: "Northwind's backlog was $109.1 billion, nearly 12 times Contoso's $9.3 billion and about 20 times Fabrikam's $4.5 billion.", flagged: ['20 times'], consistent: ['12 times'] }],
    ['en second multiple, right', { text: "Northwind's backlog was $109.1 billion, nearly 12 times Contoso's $9.3 billion and about 24 times Fabrikam's $4.5 billion.", consistent: ['12 times', '24 times'] }],
    ['en with a comma', { text: "Northwind's backlog was $109.1 billion, nearly 12 times Contoso's $9.3 billion, about 30 times Fabrikam's $4.5 billion.", flagged: ['30 times'] }],
    ['zh second multiple, wrong', { text: '2024年甲公司的订单为1091亿美元，约是乙公司93亿美元的12倍、丙公司45亿美元的30倍。', flagged: ['30倍'], consistent: ['12倍'] }],
    ['zh second multiple, right', { text: '2024年甲公司的订单为1091亿美元，约是乙公司93亿美元的12倍、丙公司45亿美元的24倍。', consistent: ['12倍', '24倍'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en the second multiple has a subject of its own', { text: "Northwind's backlog was $109.1 billion, nearly 12 times Contoso's $9.3 billion; Fabrikam's $20 billion is about 4.4 times Litware's $4.5 billion.", consistent: ['12 times', '4.4 times'] }],
    ['zh the second multiple has a subject of its own', { text: '甲公司的订单为1091亿美元，约是乙公司93亿美元的12倍，丙公司则为45亿美元的3倍。', consistent: ['12倍'] }],
    ['en the second base is not stated', { text: "Northwind's backlog was $109.1 billion, nearly 12 times Contoso's $9.3 billion and about 20 times Fabrikam's." }],
  ])('not flagged: %s', (_, c) => run(c));
});
