/**
 * Total rows and columns of a Markdown table (tableTotals.ts): a row labelled Total / 合计 is the sum of
 * the rows above it in each column, a column headed Total the sum of the row's figures before it.
 * Traps that must stay silent: another currency in a row, "n/a", a footnote marker, a range, a label
 * naming another base ("Total AI funding"), a rate column, a forecast row the total leaves out.
 */
import { describe, it } from 'vitest';
import { expectRelations, tableOf as table, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a total row', () => {
  it.each<[string, Case]>([
    [
      'en, bold total of four quarters, right',
      {
        text: table('| Quarter | Revenue |', '|---|---|', '| Q1 FY2024 | $7.19B |', '| Q2 FY2024 | $13.51B |', '| Q3 FY2024 | $18.12B |', '| Q4 FY2024 | $22.1B |', '| **Total** | **$60.92B** |'),
        consistent: ['$60.92B'],
      },
    ],
    [
      'en, capex of four companies, wrong total',
      {
        text: table('| Company | 2024 capex |', '|---|---|', '| Alphabet | $52.5B |', '| Microsoft | $55.7B |', '| Meta | $39.2B |', '| Amazon | $83B |', '| Total | $240B |'),
        flagged: ['$240B'],
      },
    ],
    [
      'zh, 合计 row, wrong',
      {
        text: table('| 公司 | 资本开支 |', '|---|---|', '| 阿里巴巴 | 386亿元 |', '| 腾讯 | 767亿元 |', '| 百度 | 81亿元 |', '| 合计 | 1334亿元 |'),
        flagged: ['1334亿元'],
      },
    ],
    [
      'zh, 合计 row with 约 on a part, right',
      {
        text: table('| 公司 | 融资额 |', '|---|---|', '| 月之暗面 | 约10亿美元 |', '| 智谱 | 约4亿美元 |', '| 合计 | 约14亿美元 |'),
        consistent: ['14亿美元'],
      },
    ],
    [
      'en, an "of which" row is a part, not a row to add',
      {
        text: table('| Segment | Revenue |', '|---|---|', '| Data center | $35.6B |', '| of which networking | $3.0B |', '| Gaming | $2.5B |', '| Other | $1.2B |', '| Total | $39.3B |'),
        consistent: ['$39.3B'],
      },
    ],
    [
      'zh, 小计 rows: the total is the subtotals, and a wrong subtotal is found',
      {
        text: table('| 地区 | 收入（亿美元） |', '|---|---|', '| 美国 | 50 |', '| 加拿大 | 10 |', '| 北美小计 | 70 |', '| 中国 | 20 |', '| 日本 | 10 |', '| 亚洲小计 | 30 |', '| 合计 | 90 |'),
        flagged: ['70'],
        consistent: ['30', '90'],
      },
    ],
    [
      'en, a forecast row the total leaves out',
      {
        text: table('| Year | Raised |', '|---|---|', '| 2023 | $5.0B |', '| 2024 | $8.0B |', '| 2025E | $12.0B |', '| Total | $13.0B |'),
        consistent: ['$13.0B'],
      },
    ],
    [
      'en, a total with a unit note in brackets',
      {
        text: table('| Company | 2024 |', '|---|---|', '| A | 6.0 |', '| B | 4.0 |', '| Total ($B) | 11.0 |'),
        flagged: ['11.0'],
      },
    ],
    [
      'en, counts',
      {
        text: table('| Site | GPUs |', '|---|---|', '| Texas | 100,000 |', '| Georgia | 50,000 |', '| Total | 160,000 |'),
        flagged: ['160,000'],
      },
    ],
    [
      'units and revenue add up; the average price in the total row is not a sum',
      {
        text: table('| Product | Units | ASP | Revenue |', '|---|---|---|---|', '| H100 | 100,000 | $25,000 | $2.5B |', '| H200 | 50,000 | $30,000 | $1.5B |', '| Total | 150,000 | $26,700 | $4.0B |'),
        consistent: ['150,000', '$4.0B'],
      },
    ],
    [
      'zh, section label rows with no figure are not rows to add',
      {
        text: table('| 公司 | 资本开支（亿美元） |', '|---|---|', '| **美国** | |', '| 微软 | 557 |', '| 谷歌 | 525 |', '| **中国** | |', '| 阿里巴巴 | 53 |', '| 合计 | 1235 |'),
        flagged: ['1235'],
      },
    ],
    [
      'bold group rows above their members are not added',
      {
        text: table(
          '| Company | 2025 capex |',
          '|---|---|',
          '| **Hyperscalers** | **$200B** |',
          '| Microsoft | $100B |',
          '| Alphabet | $100B |',
          '| **Neoclouds** | **$20B** |',
          '| CoreWeave | $20B |',
          '| **Total** | **$220B** |',
        ),
        consistent: ['$220B'],
      },
    ],
    [
      'a figure set in bold for stress is still a row to add',
      {
        text: table('| Company | 2025 capex |', '|---|---|', '| Microsoft | $80B |', '| Amazon | **$100B** |', '| Alphabet | $75B |', '| Total | $255B |'),
        consistent: ['$255B'],
      },
    ],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['a row in another currency', { text: table('| Company | Capex |', '|---|---|', '| Alphabet | $52.5B |', '| Alibaba | ¥38.6B |', '| Total | $100B |') }],
    ['a row with n/a', { text: table('| Company | 2023 | 2024 |', '|---|---|---|', '| Alphabet | $32.3B | $52.5B |', '| Microsoft | n/a | $55.7B |', '| Total | $50B | $108.2B |') }],
    ['a footnote marker on a part', { text: table('| Company | Capex |', '|---|---|', '| Alphabet | $52.5B |', '| Meta | $39.2B[^1] |', '| Total | $80B |', '', '[^1]: Excludes finance leases.') }],
    ['a range as a part', { text: table('| Company | 2025 plan |', '|---|---|', '| Alphabet | $75B |', '| Meta | $60–65B |', '| Total | $150B |') }],
    ['a label naming another base', { text: table('| Company | Raised in 2024 |', '|---|---|', '| OpenAI | $6.6B |', '| Anthropic | $4B |', '| Total AI venture funding | $100B |') }],
    ['zh, 全球合计 is another base', { text: table('| 公司 | 融资额 |', '|---|---|', '| 月之暗面 | 10亿美元 |', '| 智谱 | 4亿美元 |', '| 全球AI融资合计 | 1000亿美元 |') }],
    ['a rate column is not summed', { text: table('| Company | Revenue | Net margin |', '|---|---|---|', '| A | $10B | 20% |', '| B | $10B | 30% |', '| Total | $20B | 25% |') }],
    ['a growth column is not summed', { text: table('| Segment | Q3 FY25 | Q3 FY24 | YoY |', '|---|---|---|---|', '| Data center | $30.8B | $14.5B | +112% |', '| Gaming | $3.3B | $2.9B | +14% |', '| Total | $34.1B | $17.4B | +96% |') }],
    [
      'an average price column and an average row',
      {
        text: table(
          '| Product | Units | ASP | Revenue |',
          '|---|---|---|---|',
          '| H100 | 100,000 | $25,000 | $2.5B |',
          '| H200 | 50,000 | $30,000 | $1.5B |',
          '| Average | 75,000 | $27,500 | $2.0B |',
          '| Total | 150,000 | $26,700 | $4.0B |',
        ),
      },
    ],
    ['a total that says it includes others', { text: table('| Company | Revenue |', '|---|---|', '| A | $6B |', '| B | $4B |', '| Total (incl. others) | $15B |') }],
    ['zh, 合计（全市场） is a wider base', { text: table('| 公司 | 出货量（万片） |', '|---|---|', '| 甲 | 60 |', '| 乙 | 40 |', '| 合计（全市场） | 150 |') }],
    ['a bare "All" row may be an overall figure: information at most', { text: table('| Region | Respondents |', '|---|---|', '| US | 400 |', '| Europe | 300 |', '| All | 1,000 |') }],
    ['a total at the top is not the rows below it', { text: table('| Item | Amount |', '|---|---|', '| Total | $50B |', '| Alphabet | $20B |', '| Meta | $10B |') }],
  ])('not flagged: %s', (_, c) => run(c));
});

describe('a total column', () => {
  it.each<[string, Case]>([
    [
      'en, quarters across, one wrong row',
      {
        text: table('| Company | Q1 | Q2 | Total |', '|---|---|---|---|', '| Alphabet | $12.0B | $17.2B | $29.2B |', '| Meta | $13.7B | $17.0B | $33.7B |'),
        flagged: ['$33.7B'],
        consistent: ['$29.2B'],
      },
    ],
    [
      'zh, 合计 column, right',
      {
        text: table('| 公司 | 上半年 | 下半年 | 合计 |', '|---|---|---|---|', '| 甲 | 120亿元 | 180亿元 | 300亿元 |'),
        consistent: ['300亿元'],
      },
    ],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['columns under different unit notes', { text: table('| Company | 2023 ($B) | 2024 ($M) | Total |', '|---|---|---|---|', '| A | 1.5 | 900 | 2.4 |') }],
    ['a change column among the parts', { text: table('| Company | 2023 | 2024 | YoY | Total |', '|---|---|---|---|---|', '| A | $1.5B | $2.0B | +33% | $5B |') }],
  ])('not flagged: %s', (_, c) => run(c));
});
