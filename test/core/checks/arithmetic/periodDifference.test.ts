/**
 * A difference whose two operands the binder dated at two periods of one series (periodDifference.ts):
 * "去年…2000亿美元，今年…3000亿美元，一年增加约1500亿美元". The older period is the old value; one older
 * candidate only; probable, so a warning at most, no fix.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-03-01');

describe('a difference between two dated figures of one series', () => {
  it.each<[string, Case]>([
    ['zh relative years, wrong', { text: '该公司去年的资本开支为200亿美元，今年计划资本开支为300亿美元，一年增加约150亿美元。', flagged: ['150亿美元'] }],
    ['zh relative years, right', { text: '该公司去年的资本开支为200亿美元，今年计划资本开支为300亿美元，一年增加约100亿美元。', consistent: ['100亿美元'] }],
    ['zh right within the author\'s rounding', { text: '该公司去年的资本开支约为2230亿美元，今年的资本开支约为3250亿美元，增加约1000亿美元。', consistent: ['1000亿美元'] }],
    ['en a decrease, wrong', { text: "Northwind's capital expenditure was $30 billion in 2023 and its capital expenditure was $20 billion in 2024, a decrease of $15 billion.", flagged: ['$15 billion'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['zh a difference of another measure', { text: '该公司去年的资本开支为200亿美元，今年计划资本开支为300亿美元，营收一年增加约150亿美元。' }],
    ['zh another company\'s figure', { text: '微软去年的资本开支为200亿美元，谷歌今年的资本开支为300亿美元，增加了150亿美元。' }],
    ['en a baseline of its own', { text: 'Northwind spent $30 billion on capex in 2023 and $20 billion on capex in 2024, a decrease of $15 billion from its plan.' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning at most, with no fix', () => {
    const { findings } = check('该公司去年的资本开支为200亿美元，今年计划资本开支为300亿美元，一年增加约150亿美元。', { date: '2025-03-01' });
    const f = findings.find((x) => x.text === '150亿美元')!;
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
  });
});
