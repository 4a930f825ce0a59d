/**
 * A margin read by its own word from the profit and revenue its paragraph names (namedMargin.ts): the
 * margin word before or after the percentage, a third like amount that says it is the profit's comparison
 * or comes after the margin, and a margin stated about the sentence before. Two revenues, an unnamed amount
 * before the profit, a gross margin or two periods say nothing; the reading is probable, a warning at most.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a margin read from the profit and revenue its words name', () => {
  it.each<[string, Case]>([
    ['en a loss of the year before after the margin, wrong', { text: 'Revenue was 40 trillion won and operating profit 10 trillion won, a margin of roughly 35%, after an operating loss of 3 trillion won the year before.', flagged: ['35%'] }],
    ['en a loss of the year before after the margin, right', { text: 'Revenue was 40 trillion won and operating profit 10 trillion won, a margin of roughly 25%, after an operating loss of 3 trillion won the year before.', consistent: ['25%'] }],
    ['en the margin word after the percentage, wrong', { text: 'Northwind posted sales of $40 billion and operating income of $8 billion against $6 billion a year earlier, a 30% operating margin.', flagged: ['30%'] }],
    ['en the margin word after the percentage, right', { text: 'Northwind posted sales of $40 billion and operating income of $8 billion against $6 billion a year earlier, a 20% operating margin.', consistent: ['20%'] }],
    ['en a bracketed margin, wrong', { text: 'Northwind revenue was $40 billion in the quarter, with operating income of $8 billion [an operating margin of 26%].', flagged: ['26%'] }],
    ['en a margin about the sentence before, wrong', { text: 'Northwind revenue for the quarter was $40 billion, with operating income of $8 billion versus $6 billion a year ago. That is an operating margin of about 26%.', flagged: ['26%'] }],
    ['en a margin about the sentence before, right', { text: 'Northwind revenue for the quarter was $40 billion, with operating income of $8 billion versus $6 billion a year ago. That is an operating margin of about 20%.', consistent: ['20%'] }],
    ['zh 净利率 about the sentence before, wrong', { text: '该公司上半年营收40亿元，净利润6亿元。这意味着净利率约25%。', flagged: ['25%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en two revenues', { text: 'Revenue was $30 billion in 2023 and revenue was $40 billion in 2024, with operating income of $8 billion, a margin of 30%.' }],
    ['en an unnamed amount before the profit could be the whole', { text: 'Sales were $30 billion in 2023; in 2024 Northwind did $40 billion, with operating income of $8 billion, a margin of 30%.' }],
    ['en a gross margin', { text: 'Northwind posted sales of $40 billion and operating income of $8 billion, a 30% gross margin.' }],
    ['en the next sentence does not point back', { text: 'Northwind revenue for the quarter was $40 billion, with operating income of $8 billion. Its rival reported an operating margin of about 26%.' }],
    ['en a profit in another sentence of another list item', { text: '- Northwind revenue was $40 billion, with operating income of $8 billion.\n- That is an operating margin of about 26%.' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning at most, with no fix', () => {
    const { findings } = check('Northwind posted sales of $40 billion and operating income of $8 billion against $6 billion a year earlier, a 30% operating margin.', { date: '2025-06-01' });
    const f = findings.find((x) => x.text === '30%')!;
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
  });
});
