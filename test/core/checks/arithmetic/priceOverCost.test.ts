/**
 * A unit's price against what it costs to make (priceOverCost.ts): a markup is price ÷ cost, a gross
 * margin (price − cost) ÷ price. The cost is the paragraph's one amount named a cost of making the unit;
 * the price the nearest other amount of the result's sentence, else the paragraph's one. A bare "costs
 * of", a share "of" something, two prices or two costs say nothing; the reading is probable.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a price set against the cost of making the unit', () => {
  it.each<[string, Case]>([
    ['en markup after the cost sentence, wrong', { text: 'Analysts think a Zephyr board costs about $2,000 to build and sells for $12,000. That is a markup of about nine times.', flagged: ['nine times'] }],
    ['en markup, right', { text: 'Analysts think a Zephyr board costs about $2,000 to build and sells for $12,000. That is a markup of about six times.', consistent: ['six times'] }],
    ['en "times the cost" with a price range, wrong', { text: 'A dealer survey put the Zephyr board at $10,000 to $12,000. The manufacturing cost is about $2,000, which makes the price more than eight times the cost.', flagged: ['eight times'] }],
    ['en "times the cost" with a price range, right', { text: 'A dealer survey put the Zephyr board at $10,000 to $12,000. The manufacturing cost is about $2,000, which makes the price five to six times the cost.', consistent: ['five to six times'] }],
    ['en gross margin at the price of its own clause, wrong', { text: 'Each Zephyr board has a build cost of about $2,000, so on a $12,000 board the maker keeps roughly 60% as gross profit.', flagged: ['60%'] }],
    ['en gross margin at the price of its own clause, right', { text: 'Each Zephyr board has a build cost of about $2,000, so on a $12,000 board the maker keeps roughly 83% as gross profit.', consistent: ['83%'] }],
    ['zh 售价是成本的N倍, wrong', { text: '业内估计，这款加速卡的售价在1万至1.2万美元之间，制造成本约2000美元。按上限计，售价是成本的约9倍。', flagged: ['9倍'] }],
    ['zh 售价约为成本的N倍 on a range split in two, right', { text: '业内估计，这款加速卡的售价在1万至1.2万美元之间，制造成本约2000美元。按下限计，售价约为成本的5倍。', consistent: ['5倍'] }],
    ['zh 毛利率 at the price written before it, wrong', { text: '这款加速卡的制造成本约4000美元，按1.2万美元的售价计算，毛利率约90%。', flagged: ['90%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en running costs are no cost of making the unit', { text: 'The service booked revenue of $500,000 against costs of $100,000, a gross margin of 400%.' }],
    ['en a share of the price, not a margin', { text: 'A Zephyr board costs about $2,000 to build and sells for $12,000, so the build cost is about 30% of the selling price.' }],
    ['en two prices before the result, none in its sentence', { text: 'A Zephyr board costs about $2,000 to build. It sold for $12,000 in March and $9,000 in June. That is a markup of about nine times.' }],
    ['en two costs', { text: 'One estimate puts the manufacturing cost at $2,000, another puts the manufacturing cost at $3,000. At $12,000 that is a markup of nine times.' }],
    ['en a multiple of revenue, not of the cost', { text: 'A Zephyr board costs about $2,000 to build and the maker is valued at $12 billion, about nine times revenue.' }],
    ['zh 毛利率 beside a net profit, no cost of making', { text: '该公司营收40亿元，净利润6亿元，毛利率为25%。' }],
    ['zh 成本 without 制造 is no unit cost', { text: '公司当日收入56万美元，成本8.7万美元，毛利率约95%。' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning at most, with no fix', () => {
    const { findings } = check('Analysts think a Zephyr board costs about $2,000 to build and sells for $12,000. That is a markup of about nine times.', { date: '2025-06-01' });
    const f = findings.find((x) => x.text === 'nine times')!;
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
  });
});
