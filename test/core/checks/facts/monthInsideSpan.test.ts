/**
 * A month named for a figure that belongs to a longer span holding that month (the quarter or the year
 * it ends or was reported in) is not called a wrong period above information: writers date a quarter
 * by its last month ("the June quarter", "12月季度") and the binder may read the month alone. The last
 * month itself names the span and gets no finding (monthNamesQuarter.ts); another month inside it keeps
 * the finding, as information. A month outside the span, a longer part of the span (a half-year)
 * and a month whose own figure the fact base holds are still wrong periods.
 * Bundled facts: Alibaba Cloud's quarter to June 2025 (¥33.4B), Baidu's 2023 revenue (¥134.6B).
 */
import { describe, expect, it } from 'vitest';
import type { Claim, Fact, Quantity } from '../../../../server/src/core/model';
import type { Judgement } from '../../../../server/src/core/checks/facts/judgement';
import { monthInsideFactSpan } from '../../../../server/src/core/checks/facts/monthInsideSpan';
import { draftFindings } from '../../../helpers/draftFindings';

const informationToo = ['error', 'warning', 'information'] as const;

describe('a month inside the span of the figure it names is information, not a warning', () => {
  it('the last month of a quarter or a year names that span: no finding at all (monthNamesQuarter.ts)', () => {
    expect(draftFindings("Alibaba Cloud's revenue was RMB 33.4 billion in June 2025.", '2025-11-01', informationToo)).toEqual([]);
    expect(draftFindings('阿里云2025年6月收入334亿元。', '2025-11-01', informationToo)).toEqual([]);
    expect(draftFindings("Baidu's revenue was RMB 134.6 billion in December 2023.", '2024-06-01', informationToo)).toEqual([]);
  });

  it('another month inside the quarter (English and Chinese)', () => {
    const en = "Alibaba Cloud's revenue was RMB 33.4 billion in May 2025.";
    const zh = '阿里云2025年5月收入334亿元。';
    expect(draftFindings(en, '2025-11-01')).toEqual([]);
    expect(draftFindings(zh, '2025-11-01')).toEqual([]);
    expect(draftFindings(en, '2025-11-01', informationToo)).toEqual(['RMB 33.4 billion fact.wrong-period information']);
    expect(draftFindings(zh, '2025-11-01', informationToo)).toEqual(['334亿元 fact.wrong-period information']);
  });

  it('another month inside the year', () => {
    expect(draftFindings("Baidu's revenue was RMB 134.6 billion in October 2023.", '2024-06-01', informationToo)).toEqual([
      'RMB 134.6 billion fact.wrong-period information',
    ]);
    expect(draftFindings('百度2023年10月营收1345.98亿元。', '2024-06-01', informationToo)).toEqual(['1345.98亿元 fact.wrong-period information']);
  });

  it('near miss: a month outside the quarter is still a wrong period', () => {
    expect(draftFindings("Alibaba Cloud's revenue was RMB 33.4 billion in September 2025.", '2025-11-01')).toEqual([
      'RMB 33.4 billion fact.wrong-period warning',
    ]);
    expect(draftFindings('阿里云2025年9月收入334亿元。', '2025-11-01')).toEqual(['334亿元 fact.wrong-period warning']);
  });

  it('near miss: a half-year inside the year is a part of it, not its last month: still a wrong period', () => {
    expect(draftFindings("Baidu's revenue was RMB 134.6 billion in the first half of 2023.", '2024-06-01')).toEqual([
      'RMB 134.6 billion fact.wrong-period warning',
    ]);
    expect(draftFindings('百度2023年上半年营收1345.98亿元。', '2024-06-01')).toEqual(['1345.98亿元 fact.wrong-period warning']);
  });
});

describe('monthInsideFactSpan', () => {
  const period = (start: string, end: string) => ({ start, end, label: `${start}..${end}` });
  const fact = (start: string, end: string): Fact => ({
    id: `F-${start}`,
    entity: 'acme',
    metric: 'revenue',
    value: 1e9,
    unit: 'USD',
    period: period(start, end),
    qualifiers: [],
    sources: [],
    confidence: 'high',
    fromMemory: false,
  });
  const claimFor = (start: string, end: string): Claim => ({
    id: 'c0',
    quantity: {} as Quantity,
    sentence: { start: 0, end: 0 },
    lang: 'en',
    period: { value: period(start, end), how: 'explicit' },
  });
  const wrongPeriod = (deciding: Fact[], related: Fact[] = []): Judgement => ({ verdict: 'wrong-period', deciding, related });
  const quarter = fact('2025-04-01', '2025-06-30');

  it('holds for a month inside the quarter, or at its end within a fortnight (fiscal quarters end on odd days)', () => {
    expect(monthInsideFactSpan(claimFor('2025-06-01', '2025-06-30'), wrongPeriod([quarter]))).toBe(true);
    expect(monthInsideFactSpan(claimFor('2025-05-01', '2025-05-31'), wrongPeriod([fact('2025-01-27', '2025-04-27')]))).toBe(false);
    expect(monthInsideFactSpan(claimFor('2025-04-01', '2025-04-30'), wrongPeriod([fact('2025-01-27', '2025-04-27')]))).toBe(true);
  });

  it('not when the fact base holds a figure of the stated month that the value misses', () => {
    expect(monthInsideFactSpan(claimFor('2025-06-01', '2025-06-30'), wrongPeriod([quarter], [fact('2025-06-01', '2025-06-30')]))).toBe(false);
  });

  it('not for a stated period longer than a month, nor for a fact no longer than one', () => {
    expect(monthInsideFactSpan(claimFor('2025-04-01', '2025-05-31'), wrongPeriod([quarter]))).toBe(false);
    expect(monthInsideFactSpan(claimFor('2025-06-01', '2025-06-30'), wrongPeriod([fact('2025-06-10', '2025-06-10')]))).toBe(false);
  });

  it('not for another verdict, nor when one of the matching facts lies elsewhere', () => {
    expect(monthInsideFactSpan(claimFor('2025-06-01', '2025-06-30'), { verdict: 'wrong-metric', deciding: [quarter], related: [] })).toBe(false);
    expect(monthInsideFactSpan(claimFor('2025-06-01', '2025-06-30'), wrongPeriod([quarter, fact('2024-04-01', '2024-06-30')]))).toBe(false);
  });
});
