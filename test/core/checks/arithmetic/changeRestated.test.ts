/**
 * A change word with no amount of its own that restates the one from–to change of the sentence before
 * ("…went from $2 billion to $5 billion by January. The forecast more than tripled.", "估值从25亿美元升至43亿
 * 美元。不到两年，估值上涨了约90%。"): the from–to words order the pair (paragraphChange.ts: changeRestated).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2026-02-01');

describe('a change restated in the next sentence', () => {
  it.each<[string, Case]>([
    ['en, a forecast word for the guide, wrong', { text: 'The sales guide went from $2 billion in October to $5 billion by January. The forecast more than tripled.', flagged: ['tripled'] }],
    ['en, a forecast word for the guide, right', { text: 'The sales guide went from $2 billion in October to $6.5 billion by January. The forecast more than tripled.', consistent: ['tripled'] }],
    ['en, the same subject and a rate, wrong', { text: 'Its valuation went from $2 billion in March to $5 billion in September. The valuation rose about 250%.', flagged: ['250%'] }],
    ['en, a pointer, wrong', { text: 'Its valuation went from $2 billion in March to $5 billion in September. That is a rise of about 250%.', flagged: ['250%'] }],
    ['zh, the same subject after a stretch, wrong', { text: '公司估值从2024年2月的25亿美元升至43亿美元。不到两年，估值上涨了约90%。', flagged: ['90%'] }],
    ['zh, the same subject after a stretch, right', { text: '公司估值从2024年2月的25亿美元升至43亿美元。不到两年，估值上涨了约72%。', consistent: ['72%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, another subject', { text: 'The sales guide went from $2 billion in October to $5 billion by January. The stock more than tripled.' }],
    ['en, a time of its own', { text: 'Its valuation went from $2 billion in March to $5 billion in September. The valuation more than tripled in 2023.' }],
    ['en, another figure in the sentence', { text: 'Its valuation went from $2 billion in March to $5 billion in September. That step is a 150% jump, and over two years the valuation more than tripled.' }],
    ['zh, a span of its own (从…到…)', { text: '数据中心收入从22.8亿美元增长到38.6亿美元。从第二季度到第四季度，数据中心收入增长了约36%。' }],
    ['zh, a baseline of its own (同比)', { text: '数据中心收入从22.8亿美元增长到38.6亿美元。数据中心收入同比增长了约36%。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
