/**
 * Calendar months in brackets after a fiscal quarter restate it (periodGloss.ts, periods.ts): months read as
 * a calendar quarter (7–9月, 2–4月) restate as a month range does, and with no company calendar known the
 * bracket tells the calendar (bind/glossedCalendar.ts): a first quarter of July to September is a year
 * ending in June, so FY2026's first quarter is July–September 2025.
 * Bundled facts: Azure revenue grew 33% in Q1 FY2025 (Jul–Sep 2024), 29% in Q4 FY2024.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim, periodsIn } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';
import { glossedFiscalYearEnd } from '../../../server/src/core/bind/glossedCalendar';

const DATE = '2025-11-20';

describe('months in brackets restating a fiscal quarter, no company calendar known', () => {
  it('take the calendar the bracket tells (zh, en)', () => {
    const julyToSeptember = ['2025-07-01', '2025-09-30'];
    expect(periodsIn('某软件公司2026财年Q1（7–9月）订阅收入增长', DATE)).toEqual([['2026财年Q1', ...julyToSeptember], ['7–9月', ...julyToSeptember]]);
    expect(periodsIn('The vendor booked more in Q2 FY2026 (Oct–Dec) than a year before', DATE)[1]).toEqual(['Oct–Dec', '2025-10-01', '2025-12-31']);
    expect(periodsIn('某零售商2026财年第一季度（2-4月）', DATE)[1]).toEqual(['2-4月', '2025-02-01', '2025-04-30']);
    expect(periodsIn('某公司2026财年下半年（1–6月）', DATE)[1]).toEqual(['1–6月', '2026-01-01', '2026-06-30']);
  });

  it('and read the rest of the span in it', () => {
    expect(periodsIn('某软件公司2026财年Q1（7–9月）收入8亿元，Q2收入9亿元', DATE)[2]).toEqual(['Q2', '2025-10-01', '2025-12-31']);
  });
});

describe('a known calendar', () => {
  it('restated by months read as a calendar quarter, in a table row of its company', () => {
    const row = (quarter: string, growth: string) => ['## 微软智能云', '', '| 财季（自然月） | Azure增速 |', '|---|---|', `| ${quarter} | ${growth} |`].join('\n');
    expect(analyzedClaim(row('2025财年Q1（7–9月）', '33%'), '33%', DATE)?.period?.value).toMatchObject({ start: '2024-07-01', end: '2024-09-30' });
    expect(draftFindings(row('2025财年Q1（7–9月）', '33%'), DATE)).toEqual([]);
    expect(draftFindings(row('2025财年Q1（7–9月）', '29%'), DATE)).not.toEqual([]);
  });
});

describe('what it leaves alone', () => {
  it('months that fit no calendar keep their own reading', () => {
    expect(periodsIn('某公司2024财年Q1（1–3月）', DATE).map((p) => p[1])).toEqual(['2024-01-01', '2024-01-01']);
    expect(periodsIn('某公司2026财年Q1（7月）', DATE)[0]).toEqual(['2026财年Q1', '2026-01-01', '2026-03-31']);
  });

  it('months not in brackets right after the quarter', () => {
    expect(periodsIn('某公司2026财年Q1的增长，主要来自去年7–9月签下的合同', DATE)[0]).toEqual(['2026财年Q1', '2026-01-01', '2026-03-31']);
  });

  it('a calendar year told (the quarters are calendar quarters), or runs of other lengths', () => {
    expect(glossedFiscalYearEnd({ t: 'quarter', year: { abs: 2024 }, from: 1, to: 1, fiscal: true }, { t: 'monthRange', year: undefined, from: 1, to: 3 })).toBeUndefined();
    expect(glossedFiscalYearEnd({ t: 'quarter', year: { abs: 2024 }, from: 1, to: 1, fiscal: true }, { t: 'monthRange', year: undefined, from: 7, to: 10 })).toBeUndefined();
    expect(glossedFiscalYearEnd({ t: 'quarter', year: { abs: 2024 }, from: 1, to: 1, fiscal: false }, { t: 'monthRange', year: undefined, from: 7, to: 9 })).toBeUndefined();
  });

  it('the year end told: the month before the first quarter starts', () => {
    expect(glossedFiscalYearEnd({ t: 'quarter', year: { abs: 2024 }, from: 4, to: 4, fiscal: true }, { t: 'monthRange', year: undefined, from: 11, to: 1 })).toBe('01-31');
    expect(glossedFiscalYearEnd({ t: 'quarter', year: { abs: 2024 }, from: 2, to: 2, fiscal: true }, { t: 'monthQuarter', year: undefined, m: 12 })).toBe('06-30');
  });
});
