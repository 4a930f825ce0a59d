/**
 * A period that an earlier sentence compares with ("比两年前上涨约72%", "up 72% than two years ago")
 * is that sentence's baseline, not the period a later undated sentence carries on.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers/flagged';
import { analyzedClaim } from './helpers';

function periodOf(text: string, figure: string, date: string): string | undefined {
  const p = analyzedClaim(text, figure, date)?.period;
  return p ? `${p.value.start}..${p.value.end} ${p.how}` : undefined;
}

describe('an earlier sentence’s comparison baseline is not carried on', () => {
  it('Chinese: the period before 比 is skipped for the one before it', () => {
    const text = '公司在2025年底完成5亿美元融资,估值比两年前上涨约72%。公司账上现金超过100亿元。';
    expect(periodOf(text, '100亿元', '2026-01-05')).toBe('2025-12-31..2025-12-31 context');
  });

  it('English', () => {
    const text = 'In 2025 the company raised $500 million, 72% more than in 2023. It holds over $10 billion in cash.';
    expect(periodOf(text, '$10 billion', '2026-01-05')).toBe('2025-01-01..2025-12-31 context');
  });

  it('a period not compared with is carried on as before', () => {
    const text = '公司在2025年底完成5亿美元融资。公司账上现金超过100亿元。';
    expect(periodOf(text, '100亿元', '2026-01-05')).toBe('2025-12-31..2025-12-31 context');
  });
});

describe('the finding it earns', () => {
  it('a currency slip against the cash the company reported at that date', () => {
    const text = '月之暗面在2025年底又完成5亿美元的C轮融资,投后估值43亿美元,比两年前上涨约72%。杨植麟在信中说,公司账上现金超过100亿美元。';
    expect(flagged(text, '2026-01-05')).toEqual(['100亿美元 fact.wrong-currency']);
  });
});

describe('a comparison baseline in an earlier clause of the sentence is not carried on either', () => {
  it('Chinese: "是2023财年的近7.7倍；全年净利润…" dates the net income by the year that opens the sentence', () => {
    const text = '英伟达2025财年数据中心收入1152亿美元，是2023财年的近7.7倍；全年净利润728.8亿美元。';
    expect(periodOf(text, '728.8亿美元', '2025-06-01')).toBe('2024-02-01..2025-01-31 sentence');
    expect(flagged(text, '2025-06-01')).toEqual([]);
  });

  it('Chinese: a figure of another measure in that clause is then that year\'s mix-up', () => {
    const text = '英伟达2025财年数据中心收入1152亿美元，是2023财年的近7.7倍；全年净利润1152亿美元。';
    expect(flagged(text, '2025-06-01')).toEqual(['1152亿美元 fact.wrong-metric']);
  });

  it('English: "nearly 7.7 times the fiscal 2023 level; net income…"', () => {
    const text = "Nvidia's fiscal 2025 data-center revenue was $115.2 billion, nearly 7.7 times the fiscal 2023 level; net income was $72.88 billion.";
    expect(periodOf(text, '$72.88 billion', '2025-06-01')).toBe('2024-02-01..2025-01-31 sentence');
  });

  it('a period in an earlier clause that is not compared with is still carried', () => {
    const text = '英伟达2023财年数据中心收入150.1亿美元；全年净利润43.7亿美元。';
    expect(periodOf(text, '43.7亿美元', '2025-06-01')).toBe('2022-02-01..2023-01-31 sentence');
  });
});
