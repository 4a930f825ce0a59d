/**
 * A gap between two amounts the sentence sets side by side ("A against B, a gap of C", "the difference
 * between A and B is C", "A与B相差C"): checked against the larger less the smaller (statedGap.ts).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a gap between two written amounts', () => {
  it.each<[string, Case]>([
    ['en, against … a gap of, wrong', { text: 'The two valuations stood at $4.1 billion against about $2.2 billion, a gap of $2.9 billion.', flagged: ['$2.9 billion'] }],
    ['en, against … a gap of, right', { text: 'The two valuations stood at $4.1 billion against about $2.2 billion, a gap of $1.9 billion.', consistent: ['$1.9 billion'] }],
    ['en, difference between, wrong', { text: 'The difference between $60 million and $45 million is $25 million.', flagged: ['$25 million'] }],
    ['en, difference between, right', { text: 'The difference between $60 million and $45 million is $15 million.', consistent: ['$15 million'] }],
    ['en, versus, counts, wrong', { text: 'The fleet was 250,000 GPUs versus 180,000 GPUs, a difference of 100,000 GPUs.', flagged: ['100,000 GPUs'] }],
    ['zh, 与…相差, wrong', { text: '41亿美元与22亿美元相差29亿美元。', flagged: ['29亿美元'] }],
    ['zh, 与…的…相差, wrong', { text: 'Anthropic估值41亿美元，与Cohere的22亿美元相差29亿美元。', flagged: ['29亿美元'] }],
    ['zh, 之间的差距, right', { text: '41亿美元和22亿美元之间的差距约为19亿美元。', consistent: ['19亿美元'] }],
    ['en, two shares, a lead in points, wrong', { text: 'In the spring poll Acme held 41% of usage against Globex’s 30%, a lead of 9 points.', flagged: ['9 points'] }],
    ['en, two shares, a lead in points, right', { text: 'In the spring poll Acme held 41% of usage against Globex’s 30%, a lead of 11 points.', consistent: ['11 points'] }],
    ['zh, two shares, 相差…个百分点, wrong', { text: '甲公司的份额41%与乙公司的30%相差9个百分点。', flagged: ['9个百分点'] }],
    ['zh, two shares, 相差…个百分点, right', { text: '甲公司的份额41%与乙公司的30%相差11个百分点。', consistent: ['11个百分点'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['the gap word names something else', { text: 'Revenue was $4.1 billion against $2.2 billion a year earlier, a gap that Cohere hopes to close by $2.9 billion.' }],
    ['unlike amounts', { text: 'Revenue was $4.1 billion against 2.2 million users, a gap of $2.9 billion.' }],
    ['two currencies', { text: '41亿美元与22亿元相差29亿美元。' }],
    ['points after a pair with a time between, not a gap phrase', { text: 'Acme held 41% of usage against 30% a year ago, and it gained 9 points of margin.' }],
    ['a percentage gap is not stated in points', { text: 'Acme held 41% of usage against Globex’s 30%, a lead of 9%.' }],
    ['a list, no joining word', { text: '两家估值分别为41亿美元、22亿美元，融资29亿美元。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
