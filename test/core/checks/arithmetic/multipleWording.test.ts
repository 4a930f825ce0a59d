/**
 * How a multiple of two written amounts may be worded: "A, led by X, N times its B" (an aside naming who
 * led, read past; ratios.ts), "A对B是N倍" / "A against B is N times" (ratios.ts), and "from A to B …, when
 * …: an N-fold jump" (a when-clause between the change and the multiple; growthPatterns.ts).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('the wording of a multiple', () => {
  it.each<[string, Case]>([
    ['en, an aside before the multiple, its, wrong', { text: 'The lab raised $1 billion at $30 billion, led by Thrive, more than eight times its $5 billion valuation of last year.', flagged: ['eight times'] }],
    ['en, an aside before the multiple, its, right', { text: 'The lab raised $1 billion at $30 billion, led by Thrive, six times its $5 billion valuation of last year.', consistent: ['six times'] }],
    ['zh, A对B是N倍, wrong', { text: '我算了一下，1200亿美元对40亿美元其实是约40倍。', flagged: ['40倍'] }],
    ['zh, A对B是N倍, right', { text: '我算了一下，1200亿美元对40亿美元其实是约30倍。', consistent: ['30倍'] }],
    ['en, A against B is N times, wrong', { text: 'Taken together, $120 billion against $4 billion is about 40 times.', flagged: ['40 times'] }],
    ['en, from A to B, when …: an N-fold jump, wrong', { text: 'The valuation went from the roughly $4 billion reported in March to $20 billion in June, when it raised $1 billion: a more than sixfold jump in three months.', flagged: ['sixfold'] }],
    ['en, from A to B, when …: an N-fold jump, right', { text: 'The valuation went from the roughly $4 billion reported in March to $20 billion in June, when it raised $1 billion: a fivefold jump in three months.', consistent: ['fivefold'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['zh, 对 in another sense', { text: '公司对40亿美元的投资是3倍杠杆。' }],
    ['en, an aside with a figure', { text: 'The lab raised $1 billion at $30 billion, led by a $2 billion fund, more than eight times its $5 billion valuation.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
