/**
 * A share whose base is written in the sentence: "A相当于B三年计划的约P%" (shareOfWritten.ts), and a share
 * named by its base after a growth rate of the same amount: "数据中心收入38.6亿美元，较上年同期的22.8亿美元增长
 * 69%，占总营收的比重约为45%" with 总营收 written earlier in the sentence (named.ts).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a share of a written or named base', () => {
  it.each<[string, Case]>([
    ['zh, 相当于 … 三年计划的, wrong', { text: '这1200亿元已相当于3800亿元三年计划的约45%。', flagged: ['45%'] }],
    ['zh, 相当于 … 三年计划的, right', { text: '这1200亿元已相当于3800亿元三年计划的约32%。', consistent: ['32%'] }],
    ['zh, 约占 … 的比重为, wrong', { text: '云业务300亿元，约占2000亿元总订单的比重为25%。', flagged: ['25%'] }],
    ['zh, 约占 … 的比重为, right', { text: '云业务300亿元，约占2000亿元总订单的比重为15%。', consistent: ['15%'] }],
    ['zh, after a growth rate, wrong', { text: '上季度公司总营收76.58亿美元；数据中心收入38.6亿美元，较上年同期的22.8亿美元增长69%，占总营收的比重约为40%。', flagged: ['40%'] }],
    ['zh, after a growth rate, right', { text: '上季度公司总营收76.58亿美元；数据中心收入38.6亿美元，较上年同期的22.8亿美元增长69%，占总营收的比重约为50%。', consistent: ['50%'] }],
    ['zh, 的比例为, wrong', { text: '上季度公司总营收76.58亿美元；数据中心收入38.6亿美元，占总营收的比例为45%。', flagged: ['45%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['a part of the base (中)', { text: '云业务收入300亿元，约占2000亿元订单中海外部分的40%。' }],
    ['a growth rate, not a share', { text: '云业务收入300亿元，比2000亿元总订单的增速高40%。' }],
    ['two currencies', { text: '这1200亿元已相当于3800亿美元三年计划的约45%。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
