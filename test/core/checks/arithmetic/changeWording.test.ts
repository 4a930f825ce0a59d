/**
 * How a change between two written values may be worded (growthPatterns.ts): "to B last year from A"
 * (a time phrase without a preposition), "从去年6月的A增加到8月的B" (a relative year in the date), and "an 80%
 * saving" / "a 20% cut" naming the change after the rate.
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
    ['zh, 从今年1月的A降到, wrong', { text: '调用价格从今年1月的每百万tokens 10元降到4元，降幅约40%。', flagged: ['40%'] }],
  ])('%s', (_, c) => run(c));
});
