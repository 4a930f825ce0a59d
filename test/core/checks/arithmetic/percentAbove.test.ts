/**
 * A level said to stand a percentage above or below another written level ("A costs 60% more than a B",
 * "A比B贵60%"): the percentage is checked against A ÷ B − 1 (percentAbove.ts).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a percentage above or below a written level', () => {
  it.each<[string, Case]>([
    ['en, costs … more than a …, wrong', { text: 'At $48,000, the new board costs 90% more than a $30,000 older one.', flagged: ['90%'] }],
    ['en, costs … more than a …, right', { text: 'At $48,000, the new board costs 60% more than a $30,000 older one.', consistent: ['60%'] }],
    ['en, an apposition above a level, wrong', { text: 'The fund closed at $1.5 billion, 30% above the $1 billion it had targeted.', flagged: ['30%'] }],
    ['en, cheaper than, right', { text: 'The basic plan costs $6, 40% cheaper than the $10 premium plan.', consistent: ['40%'] }],
    ['en, cheaper than, wrong', { text: 'The basic plan costs $6, 25% cheaper than the $10 premium plan.', flagged: ['25%'] }],
    ['zh, 比…贵, wrong', { text: '新卡售价4.8万美元，比3万美元的旧卡贵约90%。', flagged: ['90%'] }],
    ['zh, 比…贵, right', { text: '新卡售价4.8万美元，比3万美元的旧卡贵约60%。', consistent: ['60%'] }],
    ['zh, 比…便宜, wrong', { text: '基础版售价6美元，比10美元的高级版便宜约25%。', flagged: ['25%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['no written level after the comparative', { text: 'Revenue reached $12 billion, 20% more than analysts expected.' }],
    ['a conjunction opens a new statement', { text: 'Revenue reached $12 billion and margins were 20% higher than the $5 billion peers made.' }],
    ['a rate of the compared level', { text: 'Acme earned $12 billion, 20% more than the $5 billion rival\'s growth.' }],
    ['an excess, not a level', { text: 'It spent $2 billion more, 90% more than the $1 billion budget.' }],
    ['a change with its own verb is growth.ts\'s', { text: 'Revenue was $12 billion, up 20% from $10 billion.', consistent: ['20%'] }],
    ['zh, a rate of the compared level (增速)', { text: '新卡售价4.8万美元，比3万美元旧卡的涨幅高约90%。' }],
    ['zh, a new clause between the levels', { text: '新卡售价4.8万美元，而去年比3万美元贵约90%。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
