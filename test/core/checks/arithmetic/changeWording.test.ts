/**
 * How a change between two written values may be worded (growthPatterns.ts): "to B last year from A"
 * (a time phrase without a preposition), "从去年6月的A增加到8月的B" (a relative year in the date), and "an 80%
 * saving" / "a 20% cut" naming the change after the rate, and "up 60% on last year's A" (a possessive of one or
 * two words before the old value).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('the wording of a change', () => {
  it.each<[string, Case]>([
    ['en, to B last year from A, wrong', { text: 'The operating loss widened to $412 million last year from $300 million in 2023, an increase of about 50%.', flagged: ['50%'] }],
    ['en, to B last year from A, right', { text: 'The operating loss widened to $412 million last year from $300 million in 2023, an increase of about 37%.', consistent: ['37%'] }],
    ['en, to B this year from A, wrong', { text: 'Sales rose to $90 million this year from $60 million, a rise of 40%.', flagged: ['40%'] }],
    ['en, a saving, wrong', { text: 'The monthly bill went from $40 to $10, a 70% saving.', flagged: ['70%'] }],
    ['en, a saving, right', { text: 'The monthly bill went from $40 to $10, a 75% saving.', consistent: ['75%'] }],
    ['en, a cut, wrong', { text: 'The list price went from $2.00 to $1.50, a 30% cut.', flagged: ['30%'] }],
    ['zh, 从去年6月的A增加到8月的B, wrong', { text: '付费用户从去年6月的200万增加到8月的300万，两个月增长了近一倍。', flagged: ['一倍'] }],
    ['zh, 从去年6月的A增加到8月的B, right', { text: '付费用户从去年6月的200万增加到8月的300万，两个月增长了50%。', consistent: ['50%'] }],
    ['en, up P% on last year’s A, wrong', { text: 'Acme’s plan of $64 billion would be an increase of about 40% on last year’s $40 billion.', flagged: ['40%'] }],
    ['en, up P% on last year’s A, right', { text: 'Acme’s plan of $64 billion would be an increase of about 60% on last year’s $40 billion.', consistent: ['60%'] }],
    ['en, up P% from the prior year’s A, wrong', { text: 'Acme’s revenue was $64 million, up 40% from the prior year’s $40 million.', flagged: ['40%'] }],
    ['zh, 较去年的A增长P%, wrong', { text: '今年的计划为640亿美元，较去年的400亿美元增长约40%。', flagged: ['40%'] }],
    ['zh, 从今年1月的A降到, wrong', { text: '调用价格从今年1月的每百万tokens 10元降到4元，降幅约40%。', flagged: ['40%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['a possessive of three words is no short name for the old value', { text: 'Acme’s revenue was $64 million, up 40% from the big rival firm’s $40 million.' }],
  ])('not read: %s', (_, c) => run(c));
});
