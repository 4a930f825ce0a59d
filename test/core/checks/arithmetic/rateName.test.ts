/**
 * A conversion whose rate is named by its date and kind between the amounts (currency.ts RATE_NAME_ZH):
 * "按2023年12月月均汇率7.1402换算，约合人民币…", "按9月底的中间价7.0074换算". English already reads "at the
 * December 2023 average rate of 7.14".
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a conversion at a rate named by its date and kind', () => {
  it.each<[string, Case]>([
    ['zh 月均汇率 with its month, wrong', { text: '该公司去年的算力采购额为37.5亿美元，按2023年12月月均汇率7.1402换算，约合人民币200亿元。', flagged: ['人民币200亿元'] }],
    ['zh 月均汇率 with its month, right', { text: '该公司去年的算力采购额为37.5亿美元，按2023年12月月均汇率7.1402换算，约合人民币268亿元。', consistent: ['人民币268亿元'] }],
    ['zh 月底的中间价, wrong', { text: '该公司资本开支768亿元，按9月底的中间价7.0074换算，约合125亿美元。', flagged: ['125亿美元'] }],
    ['zh 全年平均汇率 (a rate named by the year it averages), wrong', { text: '该公司全年总营收1346亿元，按全年平均汇率7.08折算，约170亿美元。', flagged: ['170亿美元'] }],
    ['zh 全年平均汇率, right', { text: '该公司全年总营收1346亿元，按全年平均汇率7.08折算，约190亿美元。', consistent: ['190亿美元'] }],
    ['zh 第四季度平均价, wrong', { text: '该公司第四季度营收350.82亿美元，按第四季度平均价7.19折算，约3000亿元。', flagged: ['3000亿元'] }],
    ['zh 第四季度平均价, right', { text: '该公司第四季度营收350.82亿美元，按第四季度平均价7.19折算，约2522亿元。', consistent: ['2522亿元'] }],
    ['zh 约合 at a precisely written rate, 4% off (6.53 written 6.8)', { text: '该公司营收47亿元，按3月平均汇率7.2015计算，约合6.8亿美元。', flagged: ['6.8亿美元'] }],
    ['en at the December 2023 average rate, wrong', { text: 'The purchase came to $3.75 billion, or about 200 billion yuan at the December 2023 average rate of 7.1402 yuan per dollar.', flagged: ['200 billion yuan'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    // 47 ÷ 7.2015 = 6.53: rounded at its last written digit. At a rate written this precisely the result is
    // the writer's own sum, so 约合 admits one unit of that digit, not ±10% (roundedHedge.ts computedResultInterval).
    ['zh rounded within the hedge', { text: '该公司营收47亿元，按3月平均汇率7.2015计算，约合6.5亿美元。' }],
    ['zh other words between the amounts (another figure\'s name)', { text: '该公司去年的算力采购额为37.5亿美元，按2023年12月月均汇率7.1402换算，其研发投入约为人民币200亿元。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
