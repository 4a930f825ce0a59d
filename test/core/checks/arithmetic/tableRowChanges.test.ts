/**
 * Change columns down a table whose rows are periods (tableRowChanges.ts): "| Quarter | Revenue | YoY |"
 * measures each row against the row of its baseline period, found by the labels' periods. Traps that
 * must stay silent: a YoY whose year-ago row is not in the table, a plain "Growth" between quarters
 * (sequential or year over year), year-less quarter labels, periods across the header too.
 */
import { describe, it } from 'vitest';
import { expectRelations, tableOf as table, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a change column down period rows', () => {
  it.each<[string, Case]>([
    [
      'en, years with growth, one wrong row',
      {
        text: table('| Year | Revenue | Growth |', '|---|---|---|', '| 2022 | $26.97B | |', '| 2023 | $26.97B | 0% |', '| 2024 | $60.92B | +126% |', '| 2025 | $130.5B | +104% |'),
        flagged: ['104%'],
        consistent: ['0%', '126%'],
      },
    ],
    [
      'zh, quarters with 环比, rows newest first',
      {
        text: table('| 季度 | 云收入 | 环比 |', '|---|---|---|', '| 2025年第三季度 | 398亿元 | +19% |', '| 2025年第二季度 | 334亿元 | +20% |', '| 2025年第一季度 | 301亿元 | |'),
        flagged: ['20%'],
        consistent: ['19%'],
      },
    ],
    [
      'en, quarters with YoY over eight quarters',
      {
        text: table(
          '| Quarter | Data center | YoY |',
          '|---|---|---|',
          '| Q1 2023 | $4.3B | |',
          '| Q2 2023 | $10.3B | |',
          '| Q3 2023 | $14.5B | |',
          '| Q4 2023 | $18.4B | |',
          '| Q1 2024 | $22.6B | +427% |',
          '| Q2 2024 | $26.3B | +155% |',
          '| Q3 2024 | $30.8B | +150% |',
        ),
        flagged: ['150%'],
        consistent: ['427%', '155%'],
      },
    ],
    [
      'zh, margins by year, change in points',
      {
        text: table('| 年份 | 毛利率 | 变化 |', '|---|---|---|', '| 2023年 | 56.9% | |', '| 2024年 | 72.7% | +15.8个百分点 |', '| 2025年 | 75.0% | +4.3个百分点 |'),
        flagged: ['4.3个百分点'],
        consistent: ['15.8个百分点'],
      },
    ],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['zh, 同比 with no year-ago row', { text: table('| 季度 | 云收入 | 同比 |', '|---|---|---|', '| 2025年4-6月 | 334亿元 | +26% |', '| 2025年7-9月 | 398亿元 | +43% |') }],
    ['a plain Growth between quarters', { text: table('| Quarter | Revenue | Growth |', '|---|---|---|', '| Q1 2024 | $10B | |', '| Q2 2024 | $11B | +40% |') }],
    ['year-less quarter labels', { text: table('| Quarter | Revenue | QoQ |', '|---|---|---|', '| Q1 | $10B | |', '| Q2 | $11B | +40% |') }],
    ['periods across the header too', { text: table('| Year | 2024 | 2023 | Growth |', '|---|---|---|---|', '| 2024 | $10B | $8B | +25% |', '| 2025 | $12B | $10B | +20% |') }],
    ['a different measure in the column before the change', { text: table('| Year | Revenue | Margin | Growth |', '|---|---|---|---|', '| 2023 | $10B | 20% | |', '| 2024 | $15B | 25% | +50% |') }],
  ])('not flagged: %s', (_, c) => run(c));
});
