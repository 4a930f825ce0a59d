/**
 * A figure called "the latest" (最新数据, the latest figure) is claimed to hold on the document's date:
 * an older figure so called is stale. Bundled facts (Gemini app monthly users: 450 million in July 2025,
 * 650 million in October 2025, 750 million reported in February 2026).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { knownBy } from '../../../../server/src/core/checks/facts/factLookup';
import type { Fact } from '../../../../server/src/core/model';

const DATE = '2025-11-20';

describe('a figure called the latest', () => {
  it('is stale when a newer one was known (Chinese and English)', () => {
    expect(draftFindings('按最新数据,Gemini应用月活为4.5亿。', DATE)).toEqual(['4.5亿 fact.stale warning']);
    expect(draftFindings('The latest figure puts Gemini app monthly users at 450 million.', DATE)).toEqual(['450 million fact.stale warning']);
  });

  // (The 750 million of February 2026 shares the October source: not known in November.)
  it('not when it is the newest, nor when the sentence dates it', () => {
    expect(draftFindings('按最新数据,Gemini应用月活为6.5亿。', DATE)).toEqual([]);
    expect(draftFindings('In July, Gemini app monthly users reached 450 million.', DATE)).toEqual([]);
  });
});

describe('when a dated figure was known', () => {
  const fact = (day: string, sourceDate: string): Fact => ({
    id: 'X', entity: 'x', metric: 'users.monthly', value: 1, unit: 'count', period: { start: day, end: day, label: day },
    qualifiers: [], sources: [{ publisher: 'P', date: sourceDate }], confidence: 'medium', fromMemory: false,
  });

  it('a report a few days before the date it is filed under makes it known', () => {
    expect(knownBy(fact('2024-03-31', '2024-03-22'), '2024-03-25')).toBe(true);
  });

  it('a source dated months before the figure (one source for a series) did not report it', () => {
    expect(knownBy(fact('2026-02-28', '2025-10-30'), '2025-11-20')).toBe(false);
    expect(knownBy(fact('2026-02-28', '2025-10-30'), '2026-03-01')).toBe(true);
  });
});
