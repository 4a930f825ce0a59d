/**
 * Three readings found by held-out set 5's false alarms, each tested on sentences of its own:
 * - a table label is a noun phrase whose head comes first in English: "Valuation at the June 2023
 *   round" measures a valuation, though "round" stands nearer the figure (tableBinding.ts labelHead);
 * - "the three months to late April 2024" is the quarter ending then, not late April
 *   (periodPatternsEn.ts);
 * - a date written beside another figure of the same kind, in that figure's table cell, is only
 *   context for the row's other figures: a wrong date is told once (tableBinding.ts tablePeriod).
 * Bundled facts: Inflection valued at $4B, raised $1.3B (June 2023); Nvidia Q1 FY2025 revenue $26.0B;
 * Meta's $14.3B for 49% of Scale AI at ~$29B (June 2025); Scale AI's $1B at ~$14B (May 2024).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const table = (row: string, header = '| Company | Item | Figure |') => `${header}\n${header.replace(/[^|]+/g, '---')}\n${row}\n`;

describe('a table label names its measure by its head noun', () => {
  it.each([
    [table('| Inflection | Valuation at the June 2023 round | $4B |'), '$4B', 'valuation'],
    [table('| Inflection | Valuation in its June 2023 funding round | $4B |'), '$4B', 'valuation'],
    [table('| Inflection | Amount raised in the June 2023 round | $1.3B |'), '$1.3B', 'funding.raised'],
    [table('| Inflection | 2023年6月融资时的估值 | 40亿美元 |'), '40亿美元', 'valuation'],
  ])('%s', (text, figure, metric) => {
    const { claim, verdicts } = flaggedClaim(text, figure, '2024-04-02');
    expect(claim?.metric?.value).toBe(metric);
    expect(verdicts).toEqual([]);
  });
  it('near miss: a wrong valuation under the same label is still flagged', () => {
    expect(flaggedClaim(table('| Inflection | Valuation at the June 2023 round | $40B |'), '$40B', '2024-04-02').verdicts).toEqual(['wrong-scale']);
  });
});

describe('"the three months to late April 2024" is the quarter ending then', () => {
  it('reads the quarter February–April 2024', () => {
    const { claim } = flaggedClaim('In the three months to late April 2024, Nvidia made $26.0 billion in revenue.', '$26.0 billion', '2025-11-10');
    expect(claim?.period?.value).toMatchObject({ start: '2024-02-01', end: '2024-04-30' });
  });
  itIsSilent(
    [
      ["Nvidia's first quarter of fiscal 2025, the three months to late April 2024, brought revenue of $26.0 billion.", '$26.0 billion'],
      ['In the three months to late April 2024, Nvidia made $26.0 billion in revenue.', '$26.0 billion'],
      ['Revenue for the quarter ended late April 2024 was $26.0 billion at Nvidia.', '$26.0 billion'],
    ],
    '2025-11-10',
  );
  it('near miss: the wrong quarter is still a wrong period', () => {
    expect(flaggedClaim('In the three months to late January 2024, Nvidia made $26.0 billion in revenue.', '$26.0 billion', '2025-11-10').verdicts).toEqual(['wrong-period']);
  });
});

describe("a date beside another figure in its cell is only context for the row's other figures", () => {
  const header = '| Company | Last round | Post-money | Lead |';
  itIsSilent(
    [
      [table('| Scale AI (Meta) | $14.3B for 49% (June 2024) | $29B | Meta |', header), '$29B'],
      [table('| Scale AI | $1B (May 2024) | $14B | Accel |', header), '$14B'],
    ],
    '2025-10-20',
  );
  it('the figure the date stands beside keeps it', () => {
    expect(flaggedClaim(table('| Scale AI | $1B (May 2024) | $14B | Accel |', header), '$1B', '2025-10-20').claim?.period?.how).toBe('explicit');
  });
});
