/**
 * Change columns of a Markdown table (tableChanges.ts): the change in each row is checked against the
 * current and baseline columns the headers name (two periods, the later current; or a baseline word
 * such as "Year earlier", 去年同期, 上季). Traps that must stay silent: a YoY header over consecutive
 * quarters, an estimate and an actual of one year, three periods under a plain "Growth", a header that
 * names another base, different unit notes, another currency in a row, a decline written without a sign.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, tableOf as table, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a change column', () => {
  it.each<[string, Case]>([
    [
      'en, fiscal quarters a year apart, YoY, one wrong row',
      {
        text: table(
          '| Segment | Q3 FY25 | Q3 FY24 | YoY |',
          '|---|---|---|---|',
          '| Data center | $30.8B | $14.5B | +112% |',
          '| Gaming | $3.3B | $2.9B | +14% |',
          '| Professional visualization | $0.49B | $0.42B | +35% |',
        ),
        flagged: ['35%'],
        consistent: ['112%', '14%'],
      },
    ],
    [
      'en, "Year earlier" column is the baseline',
      {
        text: table('| Company | Revenue | Year earlier | YoY |', '|---|---|---|---|', '| Oracle | $14.9B | $13.3B | +21% |', '| Broadcom | $15.0B | $13.1B | +15% |'),
        flagged: ['21%'],
        consistent: ['15%'],
      },
    ],
    [
      'zh, 营收 | 去年同期 | 同比, wrong',
      {
        text: table('| 公司 | 营收 | 去年同期 | 同比 |', '|---|---|---|---|', '| 阿里云 | 398亿元 | 296亿元 | +26% |', '| 腾讯 | 1929亿元 | 1671亿元 | +15% |'),
        flagged: ['26%'],
        consistent: ['15%'],
      },
    ],
    [
      'zh, 本季 | 上季 | 环比',
      {
        text: table('| 业务 | 本季 | 上季 | 环比 |', '|---|---|---|---|', '| 云 | 398亿元 | 334亿元 | +19% |', '| 广告 | 300亿元 | 320亿元 | -6% |', '| 游戏 | 200亿元 | 160亿元 | +40% |'),
        flagged: ['40%'],
        consistent: ['19%', '-6%'],
      },
    ],
    [
      'en, years with a hedged growth figure',
      {
        text: table('| Company | 2024 | 2023 | Growth |', '|---|---|---|---|', '| CoreWeave | $1.92B | $229M | about 740% |', '| Nebius | $117M | $36M | about 110% |'),
        flagged: ['110%'],
        consistent: ['740%'],
      },
    ],
    [
      'en, declines in brackets and with a minus sign',
      {
        text: table('| Segment | 2024 | 2023 | Change |', '|---|---|---|---|', '| Gaming | $2.6B | $2.9B | (10%) |', '| Auto | $1.0B | $1.2B | -17% |', '| OEM | $0.4B | $0.5B | −40% |'),
        flagged: ['−40%'],
        consistent: ['10%', '-17%'],
      },
    ],
    [
      'en, margins: the change is in points',
      {
        text: table('| Company | Gross margin 2024 | Gross margin 2023 | Change |', '|---|---|---|---|', '| A | 75.0% | 72.7% | +2.3pp |', '| B | 60.0% | 50.0% | +5.0pp |'),
        flagged: ['5.0pp'],
        consistent: ['2.3pp'],
      },
    ],
    [
      'en, a change column of amounts',
      {
        text: table('| Company | 2024 | 2023 | Change |', '|---|---|---|---|', '| Alphabet | $52.5B | $32.3B | +$20.2B |', '| Meta | $39.2B | $28.1B | +$14.1B |'),
        flagged: ['$14.1B'],
        consistent: ['$20.2B'],
      },
    ],
    [
      'zh, 2024年 | 2023年 | 增长',
      {
        text: table('| 公司 | 2024年 | 2023年 | 增长 |', '|---|---|---|---|', '| 甲 | 120亿元 | 100亿元 | 20% |', '| 乙 | 90亿元 | 60亿元 | 30% |'),
        flagged: ['30%'],
        consistent: ['20%'],
      },
    ],
    [
      'en, an estimate column against last year is still arithmetic',
      {
        text: table('| Company | 2024 | 2025E | YoY |', '|---|---|---|---|', '| Alphabet | $52.5B | $75B | +43% |', '| Meta | $39.2B | $65B | +40% |'),
        flagged: ['40%'],
        consistent: ['43%'],
      },
    ],
    [
      'en, a wide table: each change column pairs with its own two columns',
      {
        text: table(
          '| Company | Revenue 2024 | Revenue 2023 | Growth | Net income 2024 | Net income 2023 | Growth |',
          '|---|---|---|---|---|---|---|',
          '| A | $20B | $10B | +100% | $5B | $4B | +50% |',
        ),
        flagged: ['50%'],
        consistent: ['100%'],
      },
    ],
    [
      'en, YoY beside a QoQ column: the year-ago column is found apart',
      {
        text: table('| Segment | Q3 2024 | Q2 2024 | QoQ | Q3 2023 | YoY |', '|---|---|---|---|---|---|', '| Cloud | $11.4B | $10.3B | +11% | $8.4B | +50% |'),
        flagged: ['50%'],
        consistent: ['11%'],
      },
    ],
    [
      'en, a metric table: a "Total revenue" row and a margin row in points or percent',
      {
        text: table(
          '| Metric | FY2024 | FY2023 | YoY |',
          '|---|---|---|---|',
          '| Total revenue | $60.9B | $27.0B | +126% |',
          '| Gross margin | 72.7% | 56.9% | +15.8 pts |',
          '| Operating margin | 54.1% | 15.7% | +28% |',
          '| Employees | 29,600 | 26,196 | +31% |',
        ),
        flagged: ['28%', '31%'],
        consistent: ['126%', '15.8 pts'],
      },
    ],
    [
      'en, a step-up column of multiples against the prior round',
      {
        text: table('| Company | Valuation | Prior round | Step-up |', '|---|---|---|---|', '| Scale AI | $29B | $13.8B | 2.1x |', '| SSI | $32B | $5B | 4.4x |'),
        flagged: ['4.4x'],
        consistent: ['2.1x'],
      },
    ],
    [
      'en, a "% YoY" header',
      {
        text: table('| Company | Q1 2025 | Q1 2024 | % YoY |', '|---|---|---|---|', '| Microsoft | $70.1B | $61.9B | 13% |', '| Alphabet | $90.2B | $80.5B | 21% |'),
        flagged: ['21%'],
        consistent: ['13%'],
      },
    ],
    [
      'zh, a column of words beside the figures does not hide the pair',
      {
        text: table('| 公司 | 期间 | 营收 | 去年同期 | 同比 |', '|---|---|---|---|---|', '| 阿里巴巴 | 2025年6月季度 | 2477亿元 | 2432亿元 | +2% |', '| 腾讯 | 2025年6月季度 | 1845亿元 | 1611亿元 | +25% |'),
        flagged: ['25%'],
        consistent: ['2%'],
      },
    ],
    [
      'zh, halves a year apart under a plain 增长',
      {
        text: table('| 公司 | 2025年上半年营收 | 2024年上半年营收 | 增长 |', '|---|---|---|---|', '| 寒武纪 | 28.81亿元 | 0.65亿元 | 4348% |', '| 海光信息 | 54.64亿元 | 37.64亿元 | 55% |'),
        flagged: ['55%'],
        consistent: ['4348%'],
      },
    ],
    [
      'en, a step-up over the earlier of two rounds',
      {
        text: table('| Company | Earlier round | Latest round | Step-up |', '|---|---|---|---|', '| Alpha Labs | $4B | $10B | 2.5x |', '| Beta AI | $1.5B | $6B | 3.2x |'),
        flagged: ['3.2x'],
        consistent: ['2.5x'],
      },
    ],
    [
      'en, bare Earlier and Later columns',
      {
        text: table('| Metric | Earlier | Later | Change |', '|---|---|---|---|', '| Weekly users | 200M | 500M | 2.5x |', '| Daily prompts | 1B | 3B | 4x |'),
        flagged: ['4x'],
        consistent: ['2.5x'],
      },
    ],
    [
      'zh, 起点估值 | 最新估值 | 倍数',
      {
        text: table('| 公司 | 起点估值 | 最新估值 | 倍数 |', '|---|---|---|---|', '| 甲 | 20亿美元 | 90亿美元 | 4.5倍 |', '| 乙 | 30亿美元 | 60亿美元 | 3倍 |'),
        flagged: ['3倍'],
        consistent: ['4.5倍'],
      },
    ],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['a bare "%" header is only probably a change: information at most', { text: table('| Company | Revenue | Year earlier | % |', '|---|---|---|---|', '| A | $12B | $10B | 30% |') }],
    ['a plain Growth across seven years may be a yearly rate', { text: table('| Market | 2023 | 2030E | Growth |', '|---|---|---|---|', '| AI chips | $50B | $400B | 35% |') }],
    ['a valuation multiple beside valuation and revenue is no change', { text: table('| Company | Valuation | Revenue | Multiple |', '|---|---|---|---|', '| A | $30B | $1B | 10x |') }],
    ['a YoY header over consecutive quarters', { text: table('| Segment | Q3 2024 | Q2 2024 | YoY |', '|---|---|---|---|', '| Cloud | $11.4B | $10.3B | +35% |') }],
    ['an estimate and an actual of one year', { text: table('| Company | 2024E | 2024 | Change |', '|---|---|---|---|', '| A | $10B | $12B | +50% |') }],
    ['three periods under a plain Growth', { text: table('| Company | 2022 | 2023 | 2024 | Growth |', '|---|---|---|---|---|', '| A | $5B | $10B | $12B | +140% |') }],
    ['a header naming another base', { text: table('| Company | 2024 | 2023 | Growth vs 2022 |', '|---|---|---|---|', '| A | $12B | $10B | +140% |') }],
    ['bare figures under different unit notes', { text: table('| Company | Revenue ($B) | Year earlier ($M) | YoY |', '|---|---|---|---|', '| A | 1.2 | 900 | +33% |') }],
    ['a row in two currencies', { text: table('| Company | 2024 | 2023 | YoY |', '|---|---|---|---|', '| A | ¥120B | $10B | +20% |') }],
    ['a decline written without a sign', { text: table('| Segment | 2024 | 2023 | Change |', '|---|---|---|---|', '| Gaming | $2.6B | $2.9B | 10% |') }],
    ['n/a in the change column, a dash in the baseline', { text: table('| Segment | 2024 | 2023 | YoY |', '|---|---|---|---|', '| New | $1.0B | — | +40% |', '| Old | $1.0B | $2.0B | n/a |') }],
    ['zh, 同比 beside two columns of different measures', { text: table('| 公司 | 营收 | 净利润 | 去年同期 | 同比 |', '|---|---|---|---|---|', '| 甲 | 100亿元 | 20亿元 | 80亿元 | +60% |') }],
    ['an earlier column beside two later ones', { text: table('| Company | Earlier mark | Latest round | Latest mark | Step-up |', '|---|---|---|---|---|', '| A | $2B | $3B | $8B | 2x |') }],
    ['"earlier" inside another label is no baseline', { text: table('| Company | Revenue (earlier filing) | Revenue | Multiple |', '|---|---|---|---|', '| A | $2B | $8B | 2x |') }],
    ['zh, a year-less quarter pair is not dated', { text: table('| 业务 | 第三季度 | 第二季度 | 环比 |', '|---|---|---|---|', '| 云 | 398亿元 | 334亿元 | +50% |') }],
  ])('not flagged: %s', (_, c) => run(c));
});

describe('the fix a change column offers', () => {
  it('is the computed rate for a signed change, and none for a decline written without a sign', () => {
    const signed = check(table('| Segment | 2024 | 2023 | YoY |', '|---|---|---|---|', '| Cloud | $12.0B | $10.0B | +35% |'), { date: '2025-06-01' });
    expect(signed.findings.map((f) => f.fixes.map((x) => x.edits[0].newText))).toEqual([['20%']]);
    const unsigned = check(table('| Segment | 2024 | 2023 | YoY |', '|---|---|---|---|', '| Cloud | $8.0B | $10.0B | 35% |'), { date: '2025-06-01' });
    expect(unsigned.findings.map((f) => [f.severity, f.fixes.length])).toEqual([['error', 0]]);
  });
});
