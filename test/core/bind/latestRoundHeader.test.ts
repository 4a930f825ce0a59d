/**
 * A "最近一轮" / "最新一轮" column holding the row's date (timeColumn.ts LATEST_ROUND_HEADER): the date
 * places the row's figures in that round, as context, so a slip of scale or a wrong measure is read
 * against the round's record, while a month a few weeks off the record's (a round reported in one
 * month and closed the next) is never called another period's at warning. Bundled facts: MiniMax's
 * March 2024 round of at least $600M at over $2.5B; Perplexity's $500M round (reported 2024-11-05).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../helpers/draftFindings';
import { analyzedClaim } from './helpers';

const DATE = '2025-06-01';
const table = (header: string, row: string) => `| 公司 | ${header} | 融资额 |\n|---|---|---|\n| ${row} |`;

describe('a latest-round column dates its row as context', () => {
  it('the round\'s month dates the amount', () => {
    const text = table('最新一轮', 'MiniMax | 2024年3月 | 不少于6亿美元');
    expect(analyzedClaim(text, '6亿美元', DATE)?.period).toMatchObject({ how: 'context', value: { start: '2024-03-01' } });
    expect(draftFindings(text, DATE)).toEqual([]);
  });

  it('an amount ten times the round\'s is a slip of scale (a warning)', () => {
    expect(draftFindings(table('最近一轮', 'MiniMax | 2024年3月 | 不少于60亿美元'), DATE)).toEqual(['60亿美元 fact.wrong-scale warning']);
  });
});

describe('near misses', () => {
  it('a month after the day the round was reported is no wrong period at warning', () => {
    expect(draftFindings(table('最近一轮', 'Perplexity | 2024年12月 | 5亿美元'), DATE)).toEqual([]);
  });

  it('a column of the previous round\'s figures is no date column', () => {
    const text = '| 公司 | 上一轮估值 | 融资额 |\n|---|---|---|\n| MiniMax | 2024年3月 | 不少于60亿美元 |';
    expect(analyzedClaim(text, '60亿美元', DATE)?.period).toBeUndefined();
  });
});
