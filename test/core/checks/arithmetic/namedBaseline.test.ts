/**
 * A change measured from an amount named rather than repeated (checks/arithmetic/namedBaseline.ts):
 * "发行价116.2港元，首日收盘131.5港元，较发行价上涨约15%" is 131.5 ÷ 116.2 − 1 = 13.2%, not 15%.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2026-02-01');

describe('a change from a named amount', () => {
  it.each<[string, Case]>([
    ['zh rise, wrong', { text: '上市当天，智谱发行价116.2港元，首日收盘131.5港元，较发行价上涨约25%。', flagged: ['25%'] }],
    ['zh rise, right', { text: '上市当天，智谱发行价116.2港元，首日收盘131.5港元，较发行价上涨约13%。', consistent: ['13%'] }],
    ['zh fall across sentences, wrong', { text: '该股发行价为40美元。首日收盘价30美元，较发行价下跌了40%。', flagged: ['40%'] }],
    ['zh fall across sentences, right', { text: '该股发行价为40美元。首日收盘价30美元，较发行价下跌了25%。', consistent: ['25%'] }],
    ['en rise, wrong', { text: 'The offer price was $34. The shares closed at $48, 20% above the offer price.', flagged: ['20%'] }],
    ['en rise, right', { text: 'The offer price was $34. The shares closed at $48, about 41% above the offer price.', consistent: ['41%'] }],
    ['en fall, right', { text: 'The offer price was $40. The first trade was at $39, 2.5% below the offer price.', consistent: ['2.5%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['a name that no amount was written after', { text: '首日收盘131.5港元，较发行价上涨约15%。' }],
    ['a rate of another thing', { text: 'The offer price was $34. The shares closed at $48, and volume was 20% above the offer price.' }],
    ['a rate not measured from the name', { text: '发行价116.2港元，首日收盘131.5港元，市值较上月上涨约15%。' }],
  ])('not read: %s', (_, c) => run(c));
});
