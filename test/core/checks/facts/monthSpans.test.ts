/**
 * A month range with a year on each end ("Aug 2024–Oct 2024", "2023年11月至2024年1月"), or with its year
 * only on the end when it runs over New Year ("Nov–Jan 2024"), or only before the start in Chinese
 * ("2023年11月至1月", "2023年11月至次年1月"), is the whole span, never its last month. A fiscal quarter whose
 * dates the span matches within a few days is the same period. With the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { scanPeriods } from '../../../../server/src/core/bind/periods';

const flagged = (text: string, date: string) => draftFindings(text, date);
const periodsOf = (text: string) => scanPeriods(text, { start: 0, end: text.length }, { documentDate: '2025-03-01' }).map((m) => m.period && `${m.period.start}/${m.period.end}`);

describe('a month range across two years is the whole span', () => {
  it.each([
    ['Aug 2024–Oct 2024', '2024-08-01/2024-10-31'],
    ['Nov 2023 – Jan 2024', '2023-11-01/2024-01-31'],
    ['from November 2023 to January 2024', '2023-11-01/2024-01-31'],
    ['between Nov 2023 and Jan 2024', '2023-11-01/2024-01-31'],
    ['2023年11月至2024年1月', '2023-11-01/2024-01-31'],
    ['2023年11月–2024年1月', '2023-11-01/2024-01-31'],
    ['2023年11月至次年1月', '2023-11-01/2024-01-31'],
    ['2023年11月至1月', '2023-11-01/2024-01-31'],
  ])('%s', (text, span) => {
    expect(periodsOf(text)).toEqual([span]);
  });

  it('a start after its end is two dates, not a range', () => {
    expect(periodsOf('Jan 2024 to Nov 2023')).toHaveLength(2);
  });
});

describe('a fiscal quarter written beside the months it spans', () => {
  it.each([
    '| Quarter | Months | Revenue |\n|---|---|---|\n| Q3 FY2025 | Aug 2024–Oct 2024 | $35.1B |',
    '| Quarter | Months | Revenue |\n|---|---|---|\n| Q4 FY2024 | Nov 2023–Jan 2024 | $22.1B |',
    "Nvidia's revenue in the three months Nov 2023–Jan 2024 was $22.1 billion.",
    "Nvidia's revenue from November 2023 through January 2024 was $22.1 billion.",
    "Nvidia's revenue in the three months Nov–Jan 2024 was $22.1 billion.",
  ])('English: %s', (text) => {
    expect(flagged(text.startsWith('|') ? `Nvidia\n\n${text}` : text, '2025-03-01')).toEqual([]);
  });

  it.each([
    '| 季度 | 月份 | 营收 |\n|---|---|---|\n| 2024财年第四季度 | 2023年11月–2024年1月 | 221亿美元 |',
    '英伟达2023年11月至2024年1月的三个月营收为221亿美元。',
    '英伟达在2023年11月至次年1月这三个月的营收为221亿美元。',
    '英伟达2023年11月至1月的营收为221亿美元。',
  ])('Chinese: %s', (text) => {
    expect(flagged(text.startsWith('|') ? `英伟达\n\n${text}` : text, '2025-03-01')).toEqual([]);
  });

  it('another quarter\'s figure stated for the span is still the wrong period', () => {
    expect(flagged("Nvidia's revenue in the three months Aug 2024–Oct 2024 was $30.0 billion.", '2025-03-01')).toEqual([
      '$30.0 billion fact.wrong-period warning',
    ]);
    expect(flagged('英伟达2024年8月至2024年10月的营收为300亿美元。', '2025-03-01')).toEqual(['300亿美元 fact.wrong-period warning']);
  });
});
