/**
 * How a change between two written values may be worded (growthPatterns.ts): "to B last year from A"
 * (a time phrase without a preposition), "从去年6月的A增加到8月的B" (a relative year in the date), and "an 80%
 * saving" / "a 20% cut" naming the change after the rate, "up 60% on last year's A" (a possessive of one or
 * two words before the old value), "A，到27日已达B，三天新增C" (到 and a later date open the new value; 新增 names
 * what was added) and "从A到B，半年里增长了P%" (a span written in words between the new value and its rate: "一年多", "不到一年", "两年多"), "从A轮的X增至B轮的Y"
 * (a short label ending in 的 names each value; a from–to of two companies' figures, or ending in 不等, is a range).
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
    ['en, up P% on last year’s A, wrong', { text: 'Acme’s plan of $64 billion would be an increase of about 40% on last year’s $40 billion.', flagged: ['40%'] }],
    ['en, up P% on last year’s A, right', { text: 'Acme’s plan of $64 billion would be an increase of about 60% on last year’s $40 billion.', consistent: ['60%'] }],
    ['en, up P% from the prior year’s A, wrong', { text: 'Acme’s revenue was $64 million, up 40% from the prior year’s $40 million.', flagged: ['40%'] }],
    ['zh, 较去年的A增长P%, wrong', { text: '今年的计划为640亿美元，较去年的400亿美元增长约40%。', flagged: ['40%'] }],
    ['zh, A，到<date>已达B，N天新增C, wrong', { text: '3月2日这款应用累计下载约80万次，到5日已达210万次，三天新增约170万次。', flagged: ['170万次'] }],
    ['zh, A，到<date>已达B，N天新增C, right', { text: '3月2日这款应用累计下载约80万次，到5日已达210万次，三天新增约130万次。', consistent: ['130万次'] }],
    ['zh, A，到<date>增至B，增长了P%, wrong', { text: '去年底付费用户为200万，到今年6月增至300万，增长了约30%。', flagged: ['30%'] }],
    ['zh, A，到<date>降至B, right', { text: '去年底的单价为10元，到今年6月降至4元，下降了60%。', consistent: ['60%'] }],
    ['zh, 从A到B，半年里增长了P%, wrong', { text: '从40亿到60亿，半年里增长了约35%。', flagged: ['35%'] }],
    ['zh, 从A到B，半年里增长了P%, right', { text: '收入从40亿美元到60亿美元，半年里增长了约50%。', consistent: ['50%'] }],
    ['zh, 从今年1月的A降到, wrong', { text: '调用价格从今年1月的每百万tokens 10元降到4元，降幅约40%。', flagged: ['40%'] }],
    ['zh, 从A到B，一年多翻了两番, wrong', { text: '周活跃用户从2000万增至6000万，一年多翻了两番。', flagged: ['翻了两番'] }],
    ['zh, 从A到B，一年多翻了两番, right', { text: '周活跃用户从2000万增至8000万，一年多翻了两番。', consistent: ['翻了两番'] }],
    ['zh, 两年多增长了P%, wrong', { text: '付费用户从200万增至500万，两年多增长了约100%。', flagged: ['100%'] }],
    ['zh, 不到一年涨了P%, wrong', { text: '估值从300亿美元涨到510亿美元，不到一年涨了约40%。', flagged: ['40%'] }],
    ['zh, 不到一年涨了P%, right', { text: '估值从300亿美元涨到510亿美元，不到一年涨了约70%。', consistent: ['70%'] }],
    ['zh, 从A轮的X增至B轮的Y, wrong', { text: '估值从A轮的20亿欧元增至B轮的58亿欧元，半年里上涨约240%。', flagged: ['240%'] }],
    ['zh, 从A轮时的X增至Y, right', { text: '估值从A轮时的20亿欧元增至58亿欧元，上涨约190%。', consistent: ['190%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['zh, 截至 dates a running total, it opens no second value', { text: '一季度收入为80万元，截至6月底累计达到210万元，增长了约30%。' }],
    ['zh, 平均每月新增 is a mean per month, not the change', { text: '累计下载量从去年12月的6亿增至今年4月底的12亿，平均每月新增约1.5亿次。' }],
    ['zh, 月均新增 is a mean per month, not the change', { text: '累计下载量从去年12月的6亿增至今年4月底的12亿，月均新增约3亿次。' }],
    ['zh, 从A的X到B的Y不等 is a range of two companies', { text: '各家估值从甲公司的600亿美元到乙公司的3000亿美元不等，上涨约400%。' }],
    ['a possessive of three words is no short name for the old value', { text: 'Acme’s revenue was $64 million, up 40% from the big rival firm’s $40 million.' }],
  ])('not read: %s', (_, c) => run(c));
});
