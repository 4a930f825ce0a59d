/**
 * "是5月的N倍": the base is the figure written after the time named (5月的…), the other figure is the
 * subject, whichever periods the binder gave them (periodPair.namedTimeBase). "N倍多" is more than N×.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-12-05');
// A fronted frame date ("回顾2024年5月：") dates the first month, not the second.
const FRAME = '回顾2024年5月：某公司的模型降价九成。降价之后，';

describe('"是Y的N倍" takes the figure of Y as the base', () => {
  it.each<[string, Case]>([
    ['right', { text: `${FRAME}某大模型的日均调用量从5月的1000亿增至9月的1.2万亿，是5月的12倍。`, consistent: ['12倍'] }],
    ['"N倍多" is a lower bound', { text: `${FRAME}某大模型的日均调用量从5月的1000亿增至9月的1.25万亿，是5月的12倍多。`, consistent: ['12倍'] }],
    ['wrong', { text: `${FRAME}某大模型的日均调用量从5月的1000亿增至9月的1.2万亿，是5月的20倍。`, flagged: ['20倍'] }],
    ['without a frame', { text: '某大模型的日均调用量从5月的1000亿增至9月的1.2万亿，是5月的12倍。', consistent: ['12倍'] }],
  ])('%s', (_, c) => run(c));
});
