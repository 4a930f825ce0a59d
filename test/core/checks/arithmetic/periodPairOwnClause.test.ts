/**
 * periodPair.ts inside one sentence: a company counts only when the amount's own clause names it (one taken
 * from the sentence's opening credit is not the other figure's company), and a multiple may name the time of
 * its base by a written month or year ("是5月的近20倍", "是2023年的3倍").
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-05-15');

describe('a dated pair in one sentence', () => {
  it.each<[string, Case]>([
    ['zh a credit names another company, wrong', { text: '据火山引擎总裁介绍，豆包的日均token使用量从去年5月的1200亿，涨到9月的1.3万亿，是5月的近20倍。', flagged: ['20倍'] }],
    ['zh a credit names another company, right', { text: '据火山引擎总裁介绍，豆包的日均token使用量从去年5月的1200亿，涨到9月的1.3万亿，是5月的近11倍。', consistent: ['11倍'] }],
    ['zh the month written with digits', { text: '豆包的日均token使用量去年5月为1200亿；据火山引擎介绍，9月为1.3万亿，是5月的20倍。', flagged: ['20倍'] }],
    ['en a credit names another company, wrong', { text: 'According to Microsoft, OpenAI revenue was $3.7 billion in 2024 and $13 billion in 2025, up 500%.', flagged: ['500%'] }],
    ['en a credit names another company, right', { text: 'According to Microsoft, OpenAI revenue was $3.7 billion in 2024 and $13 billion in 2025, up 250%.', consistent: ['250%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['zh two companies named in their own clauses', { text: '豆包的日均token使用量5月为1200亿，文心一言9月为1.3万亿，是5月的20倍。' }],
    ['zh the named time has no figure in the sentence', { text: '据火山引擎介绍，豆包9月的日均token使用量为1.3万亿，是3月的20倍。' }],
    ['zh an open bound meets the multiple', { text: '据火山引擎总裁介绍，豆包的日均token使用量从去年5月的1200亿，涨到9月的超过1.3万亿，是5月的近20倍。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
