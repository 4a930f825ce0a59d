/**
 * A growth rate after two amounts each dated by its own year (yearPairRate.ts): the earlier year's amount is
 * the old value, in the rate's sentence or in the sentence before when it points back. A third like amount,
 * two companies, one year, a yearly rate or no change word say nothing; the reading is probable.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a rate after two amounts dated by their years', () => {
  it.each<[string, Case]>([
    ['en an increase of, wrong', { text: 'The five lenders wrote $100.0 billion of loans in 2024 and plan $150.0 billion for 2025, an increase of nearly 70%.', flagged: ['70%'] }],
    ['en an increase of, right', { text: 'The five lenders wrote about $100 billion of loans in 2024 and plan roughly $150 billion for 2025, an increase of nearly 50%.', consistent: ['50%'] }],
    ['en so the later year was up, wrong', { text: 'Northwind spent $20.0 billion in 2023 and $30.0 billion in 2024, so 2024 was up 20%.', flagged: ['20%'] }],
    ['en the later year first, right', { text: 'Northwind spent $30.0 billion in 2024 against $20.0 billion in 2023 — a rise of 50%.', consistent: ['50%'] }],
    ['en a unit of measurement, pointing back, wrong', { text: 'Grid demand was about 312 TWh in 2024 and is projected at around 651 TWh by 2030. That is a rise of roughly 180% in six years.', flagged: ['180%'] }],
    ['zh 增长, wrong', { text: '该集团2024年资本开支2000亿元，2025年计划3000亿元，增长约80%。', flagged: ['80%'] }],
    ['zh 增长, right', { text: '该集团2024年资本开支约2000亿元，2025年计划约3000亿元，增长约50%。', consistent: ['50%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en a third like amount', { text: 'Northwind spent $20.0 billion in 2023, $30.0 billion in 2024 and guides $45.0 billion for 2025, up 80%.' }],
    ['en one year only', { text: 'Northwind spent $20.0 billion in 2024 and $30.0 billion in 2024 on leases, up 80%.' }],
    ['en a yearly rate', { text: 'Grid demand was about 200 TWh in 2024 and is projected at around 500 TWh by 2030, growth of about 30% a year.' }],
    ['en no change word', { text: 'Northwind spent $20.0 billion in 2023 and $30.0 billion in 2024, 80% of it on chips.' }],
    ['en the next sentence does not point back', { text: 'Northwind spent $20.0 billion in 2023 and $30.0 billion in 2024. Its rival grew 80%.' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning at most, with no fix', () => {
    const { findings } = check('Northwind spent $20.0 billion in 2023 and $30.0 billion in 2024, so 2024 was up 20%.', { date: '2025-06-01' });
    const f = findings.find((x) => x.text === '20%')!;
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
  });
});
