/**
 * A plan is dated by when it was made (checks/facts/planAnnounced.ts): a projection filed over the years
 * it covers opens on the day it was announced, so a claim dated to the month holding that day names the
 * plan, not another period. Bundled facts: Stargate's plan to invest up to $500B over four years from
 * 2025-01-21.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../../server/src/core/model';
import { announcedWithin } from '../../../../server/src/core/checks/facts/planAnnounced';
import { draftFindings } from '../../../helpers/draftFindings';

const informationToo = ['error', 'warning', 'information'] as const;
const DATE = '2025-04-08';

describe('a plan dated by the month it was announced', () => {
  it('is supported in the announcement month (en, zh)', () => {
    expect(draftFindings('In January 2025 the Stargate Project announced an investment plan of $500 billion.', DATE, informationToo)).toEqual([]);
    expect(draftFindings('| 项目 | 金额 | 时间 |\n|---|---|---|\n| 星际之门总投资计划 | 5000亿美元 | 2025年1月 |', DATE, informationToo)).toEqual([]);
  });

  it('near miss: a year later it is still another period, told as information (a month inside the span)', () => {
    expect(draftFindings('In January 2026 the Stargate Project announced an investment plan of $500 billion.', '2026-04-08', informationToo)).toEqual([
      '$500 billion fact.wrong-period information',
    ]);
  });

  it('needs a projection whose span opens inside the stated period', () => {
    const fact = (qualifiers: string[], start: string, end: string) => ({ qualifiers, period: { start, end } }) as unknown as Fact;
    const january = { start: '2025-01-01', end: '2025-01-31', label: 'Jan 2025' };
    expect(announcedWithin(january, fact(['projection'], '2025-01-21', '2029-01-20'))).toBe(true);
    expect(announcedWithin(january, fact(['reported'], '2025-01-21', '2029-01-20'))).toBe(false);
    expect(announcedWithin(january, fact(['projection'], '2024-12-21', '2028-12-20'))).toBe(false);
    expect(announcedWithin(january, fact(['projection'], '2025-01-21', '2025-01-21'))).toBe(false);
  });

  it('dates a forecast of a later moment by when it was published (en, zh)', () => {
    // Scale AI's CEO, to Fortune in May 2024: about $1.4 billion of annual recurring revenue by year-end.
    expect(draftFindings('In May 2024 Scale AI expected annual recurring revenue of about $1.4 billion by year-end.', '2024-09-01', informationToo)).toEqual([]);
    const fact = (date: string, at: string) => ({ qualifiers: ['projection'], period: { start: at, end: at }, sources: [{ publisher: 'p', date }] }) as unknown as Fact;
    const may = { start: '2024-05-01', end: '2024-05-31', label: 'May 2024' };
    expect(announcedWithin(may, fact('2024-05-21', '2024-12-31'))).toBe(true);
    // near misses: published in another month; a "forecast" published after the moment it forecasts
    expect(announcedWithin(may, fact('2024-06-02', '2024-12-31'))).toBe(false);
    expect(announcedWithin(may, fact('2024-05-21', '2024-05-01'))).toBe(false);
  });

  it('near miss: the forecast stated for another year-end is still another period', () => {
    expect(draftFindings('In May 2024 Scale AI expected annual recurring revenue of about $1.4 billion by the end of 2025.', '2024-09-01', informationToo)).not.toEqual([]);
  });
});
