/**
 * A period named by its neighbour: "fiscal 2024's predecessor" and "the year before fiscal 2025" are
 * fiscal 2023 and fiscal 2024, "the quarter before Q1 2025" is Q4 2024 (bind/periodPatternsEn.ts). The
 * figure beside such words is the neighbour's, never the named period's own.
 */
import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../../server/src/core/bind/index';
import { flaggedTexts } from '../../helpers/flagged';

function periods(text: string): [string, string][] {
  return findPeriods(text, { start: 0, end: text.length }, { documentDate: '2025-09-01' }).map((f) => [text.slice(f.start, f.end), f.period.label]);
}

describe('a period named by the one after it', () => {
  it('the fiscal year before a fiscal year', () => {
    expect(periods("Revenue was $27 billion in fiscal 2024's predecessor.")).toEqual([["fiscal 2024's predecessor", 'FY2023']]);
    expect(periods('Revenue was $27 billion in FY25’s predecessor.')).toEqual([['FY25’s predecessor', 'FY2024']]);
    expect(periods('Revenue was $61 billion in the year before fiscal 2025.')).toEqual([['the year before fiscal 2025', 'FY2024']]);
    expect(periods('Revenue was $61 billion in the fiscal year preceding FY2025.')).toEqual([['the fiscal year preceding FY2025', 'FY2024']]);
  });

  it('the calendar year and the quarter before one written', () => {
    expect(periods('Sales were $5 billion in the year before 2024.')).toEqual([['the year before 2024', '2023']]);
    expect(periods('Sales were $5 billion in the quarter before Q3 2024.')).toEqual([['the quarter before Q3 2024', 'Q2 2024']]);
    expect(periods('Sales were $5 billion in the quarter before Q1 2025.')).toEqual([['the quarter before Q1 2025', 'Q4 2024']]);
  });

  it('near misses: the period itself, and "before" that is no neighbour', () => {
    expect(periods('Revenue was $61 billion in fiscal 2024.')).toEqual([['fiscal 2024', 'FY2024']]);
    expect(periods('Revenue doubled in the year before, reaching $61 billion in fiscal 2024.').map((p) => p[1])).toEqual(['FY2024']);
  });

  it('the neighbour’s figure is no wrong period (Nvidia data-center revenue: $15.0B in fiscal 2023, $47.5B in fiscal 2024)', () => {
    expect(flaggedTexts("Nvidia's data center segment made $15.01 billion in fiscal 2024's predecessor.", '2024-06-01', 'fact.wrong-period')).toEqual([]);
    expect(flaggedTexts("Nvidia's data center segment made $15.01 billion in the year before fiscal 2024.", '2024-06-01', 'fact.wrong-period')).toEqual([]);
    expect(flaggedTexts("Nvidia's data center segment made $15.01 billion in fiscal 2024.", '2024-06-01', 'fact.wrong-period')).toEqual(['$15.01 billion']);
  });
});
