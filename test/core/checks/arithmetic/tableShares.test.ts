/**
 * Share columns of a Markdown table (tableShares.ts): each row's share is its figure divided by the
 * total row's, or by the rows' sum when the header says "% of total" and there is no total row. Traps
 * that must stay silent: a bare "Share" with no total row, a market share, a 份额 whose total row is not
 * 100% (a share of a wider market), and a share of a total that is itself the wrong cell.
 */
import { describe, it } from 'vitest';
import { expectRelations, tableOf as table, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a share column', () => {
  it.each<[string, Case]>([
    [
      'en, % of total beside a total row, one wrong share',
      {
        text: table('| Segment | Revenue | % of total |', '|---|---|---|', '| Data center | $35.6B | 91% |', '| Gaming | $2.5B | 10% |', '| Other | $1.2B | 3% |', '| Total | $39.3B | 100% |'),
        flagged: ['10%'],
        consistent: ['91%', '3%'],
      },
    ],
    [
      'zh, 占比 with a 合计 row of 100%',
      {
        text: table('| 公司 | 收入（亿元） | 占比 |', '|---|---|---|', '| 甲 | 30 | 30% |', '| 乙 | 50 | 60% |', '| 丙 | 20 | 20% |', '| 合计 | 100 | 100% |'),
        flagged: ['60%'],
        consistent: ['30%', '20%'],
      },
    ],
    [
      'en, share of total with no total row: the rows are the whole',
      {
        text: table('| Customer | Revenue | Share of total |', '|---|---|---|', '| Microsoft | $1.2B | 62% |', '| Others | $0.72B | 48% |'),
        flagged: ['48%'],
        consistent: ['62%'],
      },
    ],
    [
      'zh, 占总额比例 with no total row',
      {
        text: table('| 项目 | 金额 | 占总额比例 |', '|---|---|---|', '| 服务器 | 600亿元 | 60% |', '| 数据中心 | 400亿元 | 40% |'),
        consistent: ['60%', '40%'],
      },
    ],
    [
      'a wrong total row is its own mistake: the shares of the rows\u2019 sum stand',
      {
        text: table('| Segment | Revenue | % of total |', '|---|---|---|', '| A | $6B | 60% |', '| B | $4B | 40% |', '| Total | $12B | 100% |'),
        flagged: ['$12B'],
      },
    ],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['a bare Share with no total row', { text: table('| Company | Revenue | Share |', '|---|---|---|', '| A | $6B | 30% |', '| B | $4B | 20% |') }],
    ['a market share', { text: table('| Company | Revenue | Market share |', '|---|---|---|', '| A | $6B | 30% |', '| B | $4B | 20% |', '| Total | $10B | 50% |') }],
    ['zh, 份额 whose total row is not 100%', { text: table('| 公司 | 收入 | 份额 |', '|---|---|---|', '| 甲 | 60亿元 | 30% |', '| 乙 | 40亿元 | 20% |', '| 合计 | 100亿元 | 50% |') }],
    ['a share of revenue that the table does not hold', { text: table('| Quarter | Data center | Share of revenue |', '|---|---|---|', '| Q2 | $2.83B | 49% |', '| Q3 | $3.5B | 52% |') }],
  ])('not flagged: %s', (_, c) => run(c));
});
