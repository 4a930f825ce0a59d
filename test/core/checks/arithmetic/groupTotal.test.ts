/**
 * A total that names its group by size and points back ("Those three rounds brought in $T.", "这三笔合计T"):
 * the parts are the like amounts of the sentence right before, when there are exactly that many
 * (pairTotal.ts: groupTotal).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

const YEARS_EN = 'The firm expects $6 billion of sales this year, $11 billion next year, $20 billion in 2027 and $31 billion in 2028.';
const YEARS_ZH = '公司预计今年销售60亿美元、明年110亿美元、2027年200亿美元、2028年310亿美元。';

describe('a sized group total in the next sentence', () => {
  it.each<[string, Case]>([
    ['en, those four years sum to, wrong', { text: `${YEARS_EN} Those four years alone sum to $58 billion.`, flagged: ['$58 billion'] }],
    ['en, those four years sum to, right', { text: `${YEARS_EN} Those four years alone sum to $68 billion.`, consistent: ['$68 billion'] }],
    ['en, the three rounds brought in, wrong', { text: 'The startup raised $120 million in May, $300 million in August and $500 million in December. The three rounds brought in $1.2 billion.', flagged: ['$1.2 billion'] }],
    ['zh, 这四年加起来, wrong', { text: `${YEARS_ZH}这四年加起来约580亿美元。`, flagged: ['580亿美元'] }],
    ['zh, 这四年加起来, right', { text: `${YEARS_ZH}这四年加起来约680亿美元。`, consistent: ['680亿美元'] }],
    ['en, the three together, no noun (session 29), wrong', { text: 'Alpha raised $200 million, Beta $150 million and Gamma $50 million. The three together come to $450 million.', flagged: ['$450 million'] }],
    ['en, the three together, no noun, right', { text: 'Alpha raised $200 million, Beta $150 million and Gamma $50 million. The three together come to $400 million.', consistent: ['$400 million'] }],
    ['zh, 三家合计 with no pointer (session 29), wrong', { text: '甲公司投入200亿美元，乙公司150亿美元，丙公司50亿美元。三家合计450亿美元。', flagged: ['450亿美元'] }],
    ['zh, 三家合计 with no pointer, right', { text: '甲公司投入200亿美元，乙公司150亿美元，丙公司50亿美元。三家合计400亿美元。', consistent: ['400亿美元'] }],
    ['zh, 这三笔合计, wrong', { text: '公司5月融资1.2亿美元，8月融资3亿美元，12月融资5亿美元。这三笔合计12亿美元。', flagged: ['12亿美元'] }],
    ['zh, 这三笔合计, right', { text: '公司5月融资1.2亿美元，8月融资3亿美元，12月融资5亿美元。这三笔合计9.2亿美元。', consistent: ['9.2亿美元'] }],
    ['en, a list opened by a colon after its total, wrong', { text: 'The firm projects cumulative spending of $80 billion through 2029: $6 billion this year, $11 billion next year, $20 billion in 2027 and $31 billion in 2028. Those four years alone sum to $58 billion.', flagged: ['$58 billion'] }],
    ['zh, a list opened by 其中 after its total, wrong', { text: '公司预计2025至2029年累计支出800亿美元，其中今年60亿美元、明年110亿美元、2027年200亿美元、2028年310亿美元。这四年加起来约580亿美元。', flagged: ['580亿美元'] }],
    ['zh, a list opened by 其中 after its total, right', { text: '公司预计2025至2029年累计支出800亿美元，其中今年60亿美元、明年110亿美元、2027年200亿美元、2028年310亿美元。这四年加起来约680亿美元。', consistent: ['680亿美元'] }],
    ['zh, two years named by their dates, wrong', { text: `${YEARS_ZH}仅2027和2028两年合计就约620亿美元。`, flagged: ['620亿美元'] }],
    ['zh, two years named by their dates, right', { text: `${YEARS_ZH}仅2027和2028两年合计就约510亿美元。`, consistent: ['510亿美元'] }],
    ['en, two years named by their dates, wrong', { text: `${YEARS_EN} Together, 2027 and 2028 come to $62 billion.`, flagged: ['$62 billion'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['the size does not match the amounts written', { text: `${YEARS_EN} Those three years alone sum to $58 billion.` }],
    ['zh, the size does not match', { text: `${YEARS_ZH}这三年加起来约580亿美元。` }],
    ['no pointer, only a span of time', { text: `${YEARS_EN} Over four years the firm will spend $58 billion.` }],
    ['zh, no pointer (三年累计 is a span, not the group)', { text: '公司5月融资1.2亿美元，8月融资3亿美元，12月融资5亿美元。三年累计投入12亿美元。' }],
    ['five amounts and no list opener', { text: 'The firm projects cumulative spending of $80 billion through 2029, $6 billion this year, $11 billion next year, $20 billion in 2027 and $31 billion in 2028. Those four years alone sum to $58 billion.' }],
    ['zh, a named year with no figure of its own', { text: `${YEARS_ZH}仅2026和2029两年合计就约620亿美元。` }],
    ['zh, 三家合计 after a sentence of two like amounts (session 29)', { text: '甲公司投入200亿美元，乙公司150亿美元。三家合计450亿美元。' }],
    ['en, the three together after four like amounts (session 29)', { text: 'Alpha raised $200 million, Beta $150 million, Gamma $50 million and Delta $20 million. The three together come to $450 million.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
