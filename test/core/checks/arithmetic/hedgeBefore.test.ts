/**
 * A bound word before the whole's name bounds the share (hedgeBefore.ts): "超过全年的三成" is more than 30%,
 * "近总额的一半" at most half, "不到全年的三成" under 30%. English writes the bound next to the fraction ("more
 * than a quarter of the total"), which the recogniser reads itself.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a bound written before the whole a share is of', () => {
  it.each<[string, Case]>([
    ['zh 超过全年的三成 when the quarter is 26% of the year', { text: '2023年该公司全年营收200亿元。2023年第四季度营收52亿元，超过全年的三成。', flagged: ['三成'] }],
    ['zh 超过全年的两成, right', { text: '2023年该公司全年营收200亿元。2023年第四季度营收52亿元，超过全年的两成。', consistent: ['两成'] }],
    ['zh 不到全年的三成, right', { text: '2023年该公司全年营收200亿元。2023年第四季度营收52亿元，不到全年的三成。', consistent: ['三成'] }],
    ['zh 近总额的一半 when the part is more than half, wrong', { text: '两家公司合计投资80亿美元。其中一家出资50亿美元，近总额的一半。', flagged: ['一半'] }],
    ['zh 近总额的一半, right', { text: '两家公司合计投资80亿美元。其中一家出资38亿美元，近总额的一半。', consistent: ['一半'] }],
    ['en more than a quarter of the total (the bound next to the fraction), right', { text: 'The partners committed $80 billion over four years. The first tranche, $24 billion, was more than a quarter of the total.', consistent: ['a quarter'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['zh 约占全年的三成 at 26% (约 widens, it does not bound)', { text: '2023年该公司全年营收200亿元。2023年第四季度营收52亿元，约占全年的三成。' }],
    ['zh 超过总额的三成 with two larger like amounts (two candidate wholes, one giving 35%)', { text: '该公司本轮股权融资共计40亿美元，另有债务融资60亿美元。其中领投方出资14亿美元，超过总额的三成。' }],
    ['zh 超过全年的三成 with the year in another currency', { text: '2023年该公司全年营收200亿美元。2023年第四季度营收52亿元，超过全年的三成。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
