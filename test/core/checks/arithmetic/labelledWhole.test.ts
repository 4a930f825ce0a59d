/**
 * A share whose whole is named by the words that label one figure of its paragraph (labelledWhole.ts):
 * "…第三季度总营收为500亿元。…20亿元的新增收入约占第三季度总营收的4%", "Group revenue in the quarter was
 * $8.0 billion. … $2.0 billion, or about 25% of group revenue in the quarter". Probable: a warning at most,
 * no fix; two figures under the label, a short label, or another period's figure, and nothing is read.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a share of a whole named by its label', () => {
  it.each<[string, Case]>([
    ['zh, label in the sentence before, wrong', { text: '该公司第三季度总营收为500亿元，同比增长10%。20亿元的新增收入约占第三季度总营收的8%。', flagged: ['8%'] }],
    ['zh, label in the sentence before, right', { text: '该公司第三季度总营收为500亿元，同比增长10%。20亿元的新增收入约占第三季度总营收的4%。', consistent: ['4%'] }],
    ['zh, post-money label, wrong', { text: '这家公司完成6亿美元融资，投后估值50亿美元。这轮6亿美元约占投后估值的20%。', flagged: ['20%'] }],
    ['zh, post-money label, right', { text: '这家公司完成6亿美元融资，投后估值50亿美元。这轮6亿美元约占投后估值的12%。', consistent: ['12%'] }],
    ['en, label in the sentence before, wrong', { text: 'Group revenue in the quarter was $8.0 billion. The cloud unit did $2.0 billion, or about 40% of group revenue in the quarter.', flagged: ['40%'] }],
    ['en, label in the sentence before, right', { text: 'Group revenue in the quarter was $8.0 billion. The cloud unit did $2.0 billion, or about 25% of group revenue in the quarter.', consistent: ['25%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['zh, two figures under the label', { text: '今年投后估值50亿美元，两年前投后估值约25亿美元。这轮6亿美元约占投后估值的20%。' }],
    ['zh, a label of two characters may end a longer one', { text: '海外营收为50亿元。20亿元的新增收入约占营收的8%。' }],
    ['zh, the label continues past the words', { text: '第三季度总营收增速为500亿元。20亿元的新增收入约占第三季度总营收的8%。' }],
    ['en, a one-word label', { text: 'Revenue was $8.0 billion. The cloud unit did $2.0 billion, or about 40% of revenue.' }],
    ['en, another company named', { text: "Microsoft's group revenue in the quarter was $8.0 billion. Alphabet's cloud unit did $2.0 billion, or about 40% of group revenue in the quarter." }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning at most, with no fix', () => {
    const { findings } = check('该公司第三季度总营收为500亿元，同比增长10%。20亿元的新增收入约占第三季度总营收的8%。', { date: '2025-06-01' });
    const f = findings.find((x) => x.text === '8%')!;
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
  });
});
