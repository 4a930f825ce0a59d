/**
 * A clause that states two figures of one event, one of them the bound metric's own ("raised $3.5
 * billion at $61.5 billion"), is one statement of two measures: when the binder gives the second
 * figure the first one's metric, the wrong-metric finding is information, not a warning. A figure
 * alone in its clause, or beside a figure that is not the bound metric's, is still a wrong metric.
 * Bundled facts: Anthropic's Series E (March 2025, $3.5B raised at $61.5B) and Series F
 * (September 2025, $13B at $183B).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const informationToo = ['error', 'warning', 'information'] as const;

describe("the bound metric's own figure in the same clause makes a wrong metric information", () => {
  it('English: two rounds, each written "$A at $B"', () => {
    const text = 'Anthropic raised money twice this year: $3.5 billion at $61.5 billion in March 2025 and $13 billion at $183 billion in September 2025.';
    expect(draftFindings(text, '2025-11-01')).toEqual([]);
    expect(draftFindings(text, '2025-11-01', informationToo)).toEqual(['$61.5 billion fact.wrong-metric information', '$183 billion fact.wrong-metric information']);
  });

  it('Chinese: "35亿美元对应615亿美元"', () => {
    const text = 'Anthropic今年两次融资：2025年3月35亿美元对应615亿美元，2025年9月130亿美元对应1830亿美元。';
    expect(draftFindings(text, '2025-11-01')).toEqual([]);
    expect(draftFindings(text, '2025-11-01', informationToo)).toEqual(['615亿美元 fact.wrong-metric information']);
  });
});

describe('still a wrong metric', () => {
  it('near miss: the valuation given as the amount raised, alone in its clause (English and Chinese)', () => {
    expect(draftFindings('In March 2025 Anthropic raised $61.5 billion.', '2025-11-01')).toEqual(['$61.5 billion fact.wrong-metric warning']);
    expect(draftFindings('2025年3月，Anthropic融资615亿美元。', '2025-11-01')).toEqual(['615亿美元 fact.wrong-metric warning']);
  });

  it('near miss: the other figure of the clause is not the amount raised', () => {
    expect(draftFindings('2025年3月，Anthropic融资615亿美元，比原计划多20亿美元。', '2025-11-01')).toEqual(['615亿美元 fact.wrong-metric warning']);
  });

  it('near miss: the amount raised in another clause is a contrast, not one statement of two measures', () => {
    expect(draftFindings('In March 2025 Anthropic raised $61.5 billion, whereas others wrote $3.5 billion.', '2025-11-01')).toEqual([
      '$61.5 billion fact.wrong-metric warning',
    ]);
  });
});
