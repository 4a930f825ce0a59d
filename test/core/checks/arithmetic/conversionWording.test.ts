/**
 * More wordings of a Chinese conversion (session 23, currency.ts): a rate named by the central bank
 * (人民银行中间价), by a relative year (去年12月平均汇率) or as 月均价; "按…计，" as the verb; a short name of
 * the converted amount before 约合/折合 ("10亿元贷款折合…", "的估值约合"); 折合人民币 before the result; a
 * sentence opening with the conversion that names its source ("这笔贷款约合…") when the sentence before
 * holds several amounts; and an amount added to another ("A元加B美元，折合…") is converted as their sum.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('Chinese conversion wordings', () => {
  it.each<[string, Case]>([
    ['人民银行中间价, wrong', { text: '该项目总成本约800万美元。按2024年6月末人民银行中间价7.1268折算，约4000万元人民币。', flagged: ['4000万元人民币'] }],
    ['人民银行中间价, right', { text: '该项目总成本约800万美元。按2024年6月末人民银行中间价7.1268折算，约5700万元人民币。', consistent: ['5700万元人民币'] }],
    ['月均价 and 计, wrong', { text: '该集团宣布了300亿美元的投资计划,按6月美元兑人民币月均价7.1268计,合人民币1,800亿元。', flagged: ['人民币1,800亿元'] }],
    ['去年12月平均汇率, right', { text: '年费就是360美元，按去年12月平均汇率7.2807计，约合2600元人民币。', consistent: ['2600元人民币'] }],
    ['a name before 折合, wrong', { text: '按6月28日人民币中间价7.1268计算,甲公司约40亿美元的估值约合285亿元;乙公司那笔20亿美元贷款折合人民币170亿元。', flagged: ['人民币170亿元'] }],
    ['a named source among several, wrong', { text: '甲公司宣布完成一笔80亿美元融资，投后估值2000亿美元。按9月美元兑人民币月均汇率7.076计算，这笔融资约合650亿元人民币。', flagged: ['650亿元人民币'] }],
    ['a named source among several, right', { text: '甲公司宣布完成一笔80亿美元融资，投后估值2000亿美元。按9月美元兑人民币月均汇率7.076计算，这笔融资约合566亿元人民币。', consistent: ['566亿元人民币'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['an amount added to another is converted as their sum', { text: '两家公司去年合计亏损约40亿元加5亿美元，折合人民币约76亿元。' }],
    ['a named source whose label fits another amount', { text: '甲公司本季营收400亿美元，其中云业务300亿美元。按9月月均汇率7.076折算，本季营收约合2,123亿元。' }],
    // The label names the year; the sentence before holds only a quarter's revenue and a subtotal (session 23, lead).
    ['a label naming a span its source is not written under', { text: '甲公司全年营收1000亿元。其中第四季度营收260亿元，前三季度合计740亿元。按年均汇率7.0809计算，全年营收约合141亿美元。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
