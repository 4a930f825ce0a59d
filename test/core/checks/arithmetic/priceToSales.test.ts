/**
 * A price-to-sales multiple (市销率) is the one named value over the one named revenue of its sentence, or of
 * the sentence before when the paragraph names no other revenue; in English a loss over the one revenue of the
 * sentence before for the same company and period (priceToSales.ts). Probable: a warning at most.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-12-01');

describe('a price-to-sales multiple', () => {
  it.each<[string, Case]>([
    ['both figures in the sentence, wrong', { text: '按1200亿美元估值和5亿美元年化收入计算，市销率约120倍。', flagged: ['120倍'] }],
    ['both figures in the sentence, right', { text: '按1200亿美元估值和5亿美元年化收入计算，市销率约240倍。', consistent: ['240倍'] }],
    ['the multiple before 市销率, right', { text: '用8亿美元的全年收入算，160亿美元估值是20倍的市销率。', consistent: ['20倍'] }],
    ['the revenue in the sentence before, wrong', { text: '这家公司去年的年化收入达到2亿美元。按60亿美元估值计，市销率约50倍。', flagged: ['50倍'] }],
    ['silent: an unnamed amount stands before the multiple', { text: '按60亿美元估值算，单季营收1亿美元，年化后约4亿美元，按这个算市销率约30倍。' }],
    ['silent: the paragraph names two revenues', { text: '公司全年营收40亿美元。其中云业务收入10亿美元。按600亿美元的市值算，市销率约30倍。' }],
    ['silent: two values', { text: '按60亿美元估值或80亿美元估值、2亿美元收入计算，市销率约50倍。' }],
    ['en, valued at, on ARR of, a multiple: wrong', { text: 'A secondary sale valued the startup at $4.5 billion, on ARR of $150 million, a 20x multiple.', flagged: ['20x'] }],
    ['en, a valuation of, revenue of, times revenue: right', { text: 'The round set a valuation of $12 billion against revenue of $400 million, about 30 times revenue.', consistent: ['30 times'] }],
    ['en silent: a third amount before the multiple', { text: 'It raised $500 million at a valuation of $12 billion on revenue of $400 million, about 30 times revenue.' }],
    ['en, the subject of the multiple is the value: wrong', { text: 'Taking annual revenue of $400 million, $16 billion is about 30 times revenue.', flagged: ['30 times'] }],
    ['en, the subject of the multiple is the value: right', { text: 'Taking annual revenue of $400 million, $16 billion is about 40 times revenue.', consistent: ['40 times'] }],
    ['en, a loss over the revenue of the sentence before, wrong', { text: 'Cohere grew revenue from $5 million in 2022 to $40 million in 2023. Its 2023 net loss of $200 million was about eight times revenue.', flagged: ['eight times'] }],
    ['en, a loss over the revenue of the sentence before, right', { text: 'Cohere grew revenue from $5 million in 2022 to $40 million in 2023. Its 2023 net loss of $200 million was about five times revenue.', consistent: ['five times'] }],
    ['en silent: no revenue of the loss\'s year before', { text: 'Cohere grew revenue from $5 million in 2021 to $40 million in 2022. Its 2023 net loss of $200 million was about eight times revenue.' }],
    ['en silent: two revenues of the loss\'s year before', { text: 'Cohere had revenue of $40 million in 2023 and cloud revenue of $10 million in 2023. Its 2023 net loss of $200 million was about eight times revenue.' }],
    ['en silent: the multiple names revenue growth', { text: 'The tender valued it at $12 billion on ARR of $400 million, 3 times revenue growth.' }],
  ])('%s', (_, c) => run(c));

  it('warns at most and offers no fix', () => {
    const ratios = check('按1200亿美元估值和5亿美元年化收入计算，市销率约120倍。', { date: '2025-12-01' }).findings.filter((x) => x.check === 'arith.ratio');
    expect(ratios.map((x) => [x.text, x.severity, x.fixes.length])).toEqual([['120倍', 'warning', 0]]);
  });
});
