/**
 * A credit in front of "from A to B" (从A升至B) vouches for the new figure B; A is its baseline. A
 * misplaced credit is reported on B, never on A; the firm on record raises nothing. Bundled facts (HBM's
 * share of DRAM revenue, estimated by TrendForce: 8.4% in 2023, 20.1% in 2024).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';
import { baselineStart, isChangeBaseline } from '../../../../server/src/core/checks/facts/changeBaseline';

describe('a misplaced credit over a change from A to B', () => {
  it('is reported on the new figure, not the baseline (Chinese)', () => {
    expect(flagged('据Counterpoint统计,高带宽内存在DRAM行业收入中的占比由2023年的8.4%提高到2024年的20.1%。', '2024-06-01')).toEqual(['20.1% fact.misattributed']);
  });

  it('and in English, where the baseline follows ("up from A")', () => {
    // ("went from 8.4% in 2023 to 20.1% in 2024" binds 20.1% to 2023 today: a period-binding limit.)
    expect(flagged('According to Counterpoint, HBM reached 20.1% of DRAM revenue in 2024, up from 8.4% in 2023.', '2024-06-01')).toEqual(['20.1% fact.misattributed']);
  });

  it('near miss: the firm on record', () => {
    expect(flagged('据TrendForce统计,高带宽内存在DRAM行业收入中的占比由2023年的8.4%提高到2024年的20.1%。', '2024-06-01')).toEqual([]);
  });
});

describe('reading "from A to B"', () => {
  const zh = '占比从2023年的8.4%升至2024年的20.1%';
  const at = (s: string, figure: string) => [s.indexOf(figure), s.indexOf(figure) + figure.length] as const;

  it('A is the baseline, B is not', () => {
    expect(isChangeBaseline(zh, ...at(zh, '8.4%'))).toBe(true);
    expect(isChangeBaseline(zh, ...at(zh, '20.1%'))).toBe(false);
  });

  it('the figures before B stop counting at "from"', () => {
    expect(baselineStart(zh, 0, zh.indexOf('20.1%'))).toBe(zh.indexOf('从'));
  });

  it('near misses: a span of dates is no baseline, nor is a figure in another clause', () => {
    const dates = 'from 2023 to 2024, revenue grew 50%';
    expect(baselineStart(dates, 0, dates.indexOf('50%'))).toBe(dates.indexOf('50%'));
    const clauses = '营收为300亿元,净利润升至40亿元';
    expect(isChangeBaseline(clauses, ...at(clauses, '300亿元'))).toBe(false);
  });
});
