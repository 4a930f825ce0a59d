/**
 * The midpoint a sentence states for the range it writes (rangeMidpoint.ts): half the sum of the two
 * ends. Only a midpoint word (midpoint, the middle of the range, 中值, 中位数, 取中间值) right after the
 * range ties them; another party's midpoint, or a contrast between them, is not this range's.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-11-20');

describe('the midpoint of a range', () => {
  it.each<[string, Case]>([
    ['en, wrong', { text: 'The study puts the value at between $1.2 trillion and $2.0 trillion a year, a midpoint of about $2 trillion.', flagged: ['$2 trillion'] }],
    ['en, right', { text: 'The study puts the value at between $1.2 trillion and $2.0 trillion a year, a midpoint of about $1.6 trillion.', consistent: ['$1.6 trillion'] }],
    ['en, the middle of the range, right', { text: 'The study puts the value at $1.2 trillion to $2.0 trillion a year, the middle of the range being roughly $1.6 trillion.', consistent: ['$1.6 trillion'] }],
    ['en, the middle of the range, wrong', { text: 'The study puts the value at $1.2 trillion to $2.0 trillion a year, the middle of the range being roughly $1.9 trillion.', flagged: ['$1.9 trillion'] }],
    ['en, counts, wrong', { text: 'The lab expects to deploy 40,000 to 60,000 GPUs, a midpoint of 45,000.', flagged: ['45,000'] }],
    ['zh, 中值, wrong', { text: '该研究估计每年可创造1.2万亿至2万亿美元，中值约2万亿美元。', flagged: ['2万亿美元'] }],
    ['zh, 中值, right', { text: '该研究估计每年可创造1.2万亿至2万亿美元，中值约1.6万亿美元。', consistent: ['1.6万亿美元'] }],
    ['zh, 取中间值, right', { text: '该研究估计每年可创造1.2万亿至2万亿美元的经济价值，取中间值约1.6万亿美元。', consistent: ['1.6万亿美元'] }],
    ['zh, 取其中值, wrong', { text: '该研究估计每年可创造1.2万亿到2万亿美元，取其中值约2.2万亿美元。', flagged: ['2.2万亿美元'] }],
    ['zh, 中位数, wrong', { text: '该研究估计每年可创造1.2万亿至2万亿美元的经济价值，中位数约1.2万亿美元。', flagged: ['1.2万亿美元'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, another party’s midpoint', { text: "The study puts the value at $1.2 trillion to $2.0 trillion, while Goldman's midpoint is about $1 trillion." }],
    ['zh, 而 another estimate', { text: '该研究估计每年可创造1.2万亿至2万亿美元，而另一家机构的中值约1万亿美元。' }],
    ['en, ends written in words (read one at a time)', { text: 'The study puts the value at between two and four trillion dollars a year, a midpoint of about $3 trillion.' }],
    ['en, no midpoint word', { text: 'The study puts the value at $1.2 trillion to $2.0 trillion a year, about $1 trillion of it in software.' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('shows the computation from the two ends', () => {
    const f = check('该研究估计每年可创造1.2万亿至2万亿美元，中值约2万亿美元。', { date: '2025-11-20' }).findings[0];
    expect(f.computation?.[0]).toContain('(1.2万亿 + 2万亿美元) ÷ 2 = 1.6万亿美元');
  });
});
