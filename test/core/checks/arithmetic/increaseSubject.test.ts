/**
 * "增加约250亿元，是去年的近6倍": a multiple said of an amount written as an increase may be of the increase
 * or of the level it brings (the base plus the increase); either reading protects it, and it is flagged
 * only when neither fits (increaseSubject.ts, named.ts).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-03-25');

describe('a multiple of an increase', () => {
  it.each<[string, Case]>([
    ['the level reading fits (300 ÷ 50)', { text: '利润方面，今年为300亿元，去年为50亿元，增加约250亿元，是去年的近6倍。', consistent: ['6倍'] }],
    ['the level reading fits, fiscal years (84 ÷ 12.5)', { text: '净利润方面，2023财年为84亿元，上一财年为12.5亿元，增加约71.5亿元，是上一财年的近7倍。', consistent: ['7倍'] }],
    ['the increase reading fits (250 ÷ 50)', { text: '利润方面，今年为300亿元，去年为50亿元，增加约250亿元，是去年的5倍。', consistent: ['5倍'] }],
    ['多了 before the amount, level reading', { text: '销售额方面，今年为84亿元，去年为12亿元，多了72亿元，是去年的7倍。', consistent: ['7倍'] }],
  ])('not flagged: %s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['neither reading fits', { text: '利润方面，今年为300亿元，去年为50亿元，增加约250亿元，是去年的9倍。', flagged: ['9倍'] }],
    ['an amount not written as an increase keeps its one reading', { text: '利润方面，去年为50亿元，今年为300亿元，是去年的7倍。', flagged: ['7倍'] }],
  ])('%s', (_, c) => run(c));
});
