/**
 * A share that names no whole (占比, "accounting for 87%." at the end of its clause): the whole is the one
 * like amount larger than the part that the share's own sentence wrote before it (shareOfTotal.ts). Two
 * candidates, none, or a part that is itself a change say nothing; probable, so a warning at most.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a bare share of the whole its sentence gave', () => {
  it.each<[string, Case]>([
    ['zh 占比, wrong', { text: '该季度公司总营收300亿美元，云业务150亿美元，占比超过九成。', flagged: ['九成'] }],
    ['zh 占比, right', { text: '该季度公司总营收300亿美元，云业务280亿美元，占比超过九成。', consistent: ['九成'] }],
    ['zh 占比, right within the author\'s rounding', { text: '本轮融资17亿欧元，领投方出资13亿欧元，占比约76%。', consistent: ['76%'] }],
    ['zh the investor\'s part of the round (another company and measure)', { text: '本轮融资20亿欧元，领投方一家就出了10亿欧元，占比超过八成。', flagged: ['八成'] }],
    ['en accounting for, wrong', { text: 'Revenue was $30 billion in the quarter, with the cloud unit at $15 billion, accounting for 90%.', flagged: ['90%'] }],
    ['en accounting for, right', { text: 'Revenue was $30 billion in the quarter, with the cloud unit at $27 billion, accounting for 90%.', consistent: ['90%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['zh two larger amounts before the part', { text: '公司今年营收300亿元，毛利200亿元，云业务150亿元，占比六成。' }],
    ['en two larger amounts before the part', { text: 'Revenue was $30 billion and gross profit $20 billion, with the cloud unit at $15 billion, accounting for 60%.' }],
    ['zh the whole only in an earlier sentence', { text: '该季度公司总营收300亿美元。云业务150亿美元，占比超过九成。' }],
    ['zh the part is an increase', { text: '该季度公司总营收300亿美元，同比增加150亿美元，占比超过九成。' }],
    ['en the part is a change', { text: 'Revenue was $30 billion in the quarter, up $15 billion, accounting for 90%.' }],
    ['en the share goes on to name another whole', { text: 'Revenue was $30 billion in the quarter, with the cloud unit at $15 billion, accounting for 90% of the group\'s growth.' }],
    ['en no amount larger than the part', { text: 'The cloud unit had revenue of $15 billion, accounting for 90%.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
