/**
 * A month that dates a publication said to cover a quarter ("the January print covered a quarter",
 * "1月发布的季报") dates the publication: the figure is the quarter that closed before it (inferred), never
 * the month (coveredQuarter.ts, publicationMonth.ts). Bundled facts: TSMC's Q4 2024 revenue, NT$868B,
 * reported 2025-01-16.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../helpers/draftFindings';
import { coversQuarter, quarterBeforePublication } from '../../../server/src/core/bind/coveredQuarter';
import type { Quantity } from '../../../server/src/core/model';
import { periodsIn } from './helpers';

const DATE = '2025-02-10';
const ALL = ['error', 'warning', 'information'] as const;

describe('a publication month that covers a quarter is not the period of its figures', () => {
  it.each([
    "TSMC's January print covered a quarter in which revenue came to NT$868.5 billion.",
    "In TSMC's January report, which covered the quarter, revenue was NT$868.5 billion.",
    "TSMC's January print put quarterly revenue at NT$868.5 billion.",
    '台积电1月发布的季报显示，营收为8685亿新台币。',
    '台积电1月披露的季报中，营收达到8685亿新台币。',
  ])('%s', (text) => expect(draftFindings(text, DATE, ALL)).toEqual([]));
});

describe('the figure is judged as the quarter reported', () => {
  it.each([
    ["TSMC's January print covered a quarter with revenue of NT$930 billion.", 'NT$930 billion fact.value-mismatch'],
    ['台积电1月发布的季报显示营收为9300亿新台币。', '9300亿新台币 fact.value-mismatch'],
  ])('%s', (text, finding) => expect(draftFindings(text, DATE, ALL).some((f) => f.startsWith(finding))).toBe(true));
});

describe('near misses: a month that is the figure’s own keeps its warning', () => {
  it.each([
    ["TSMC's revenue in January 2025 was NT$868.5 billion.", 'NT$868.5 billion fact.wrong-period warning'],
    ["TSMC's January revenue came to NT$868.5 billion.", 'NT$868.5 billion fact.wrong-period warning'],
    ['台积电2025年1月营收为8685亿新台币。', '8685亿新台币 fact.wrong-period warning'],
  ])('%s', (text, finding) => expect(draftFindings(text, DATE)).toEqual([finding]));
});

describe('the quarter before a publication', () => {
  it('calendar quarters', () => {
    expect(quarterBeforePublication({ y: 2025, m: 1, d: 16 }, undefined).label).toBe('Q4 2024');
    expect(quarterBeforePublication({ y: 2025, m: 4, d: 1 }, undefined).label).toBe('Q1 2025');
  });
  it('fiscal quarters', () => {
    const p = quarterBeforePublication({ y: 2025, m: 2, d: 26 }, '01-26');
    expect([p.label, p.end]).toEqual(['Q4 FY2025', '2025-01-26']);
  });
});

describe('the words that say a publication covers a quarter', () => {
  const at = (text: string, month: string, figure: string) => {
    const m = { start: text.indexOf(month), end: text.indexOf(month) + month.length };
    const start = text.indexOf(figure);
    const quantity = { start, end: start + figure.length, text: figure } as Quantity;
    // The figure's clause: its sentence, up to the first full stop after it.
    const clause = { start: 0, end: text.indexOf('.', start) + 1 || text.length };
    return coversQuarter({ text, quantity, clause, quantities: [quantity] }, m);
  };
  it('reads them between the month and the figure', () => {
    expect(at('The March print covered a quarter with sales of $5B.', 'March', '$5B')).toBe(true);
    expect(at('3月发布的季报显示营收50亿元。', '3月', '50亿元')).toBe(true);
  });
  it('not across a statement, nor for a figure before the month', () => {
    expect(at('The March print showed sales of $5B. It covered a quarter.', 'March', '$5B')).toBe(false);
    expect(at('Sales were $5B, the March print said.', 'March', '$5B')).toBe(false);
    expect(at('The March print showed sales of $5B.', 'March', '$5B')).toBe(false);
  });
});

describe('an inferred quarter is never sure enough to call the figure another period’s', () => {
  it('a figure of an earlier quarter is information at most', () => {
    expect(draftFindings("Nvidia's February 10-Q showed revenue of $35.1 billion for the quarter.", '2025-02-20')).toEqual([]);
  });
});

describe('"February 10-Q" is a month and a filing, not 10 February', () => {
  it('SEC form numbers after a month', () => {
    expect(periodsIn("Its February 10-Q and the March 8-K said so.", DATE).map((p) => p[0])).toEqual(['February', 'March']);
  });
  it('near miss: a day stays a day', () => {
    expect(periodsIn('Nvidia said on February 10 that demand was strong.', DATE)).toContainEqual(['February 10', '2025-02-10', '2025-02-10']);
  });
});
