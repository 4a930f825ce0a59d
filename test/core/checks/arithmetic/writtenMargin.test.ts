/**
 * A margin whose profit and revenue the sentence writes (writtenMargin.ts): the profit right before the
 * margin, named by its own words and of the margin's kind, over the sentence's one other like amount,
 * named as revenue. A third like amount, a profit of another kind, or an unnamed revenue say nothing;
 * the reading is probable, a warning at most.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { loadFactBase } from '../../../../server/src/core/facts/index';
import { readBundledFactFiles } from '../../../../server/src/node/factFiles';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a margin over the profit and revenue the sentence writes', () => {
  it.each<[string, Case]>([
    ['en bare margin after operating income, wrong', { text: 'Northwind grew its sales 12% to $40 billion, with operating income of $8 billion, a margin of 30%.', flagged: ['30%'] }],
    ['en bare margin, right', { text: 'Northwind grew its sales 12% to $40 billion, with operating income of $8 billion, a margin of 20%.', consistent: ['20%'] }],
    ['en profit named after the amount, operating margin, wrong', { text: 'Northwind booked $50 billion of revenue and $15 billion of operating profit, an operating margin of 40%.', flagged: ['40%'] }],
    ['en profit named after the amount, right by rounding', { text: 'Northwind booked $50 billion of revenue and $15 billion of operating profit, an operating margin of about 30%.', consistent: ['30%'] }],
    ['zh 净利率 after 净利润, wrong', { text: '该公司上半年营收40亿元，净利润6亿元，净利率约25%。', flagged: ['25%'] }],
    ['zh 净利率, right', { text: '该公司上半年营收40亿元，净利润6亿元，净利率约15%。', consistent: ['15%'] }],
    ['zh 利润率 after 经营利润, wrong', { text: '该公司营收80亿元，经营利润12亿元，利润率为25%。', flagged: ['25%'] }],
    ['en operating profit margin, wrong', { text: 'Northwind booked $50 billion of revenue and $15 billion of operating profit, an operating profit margin of 40%.', flagged: ['40%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en a third like amount (a change\'s base) makes the revenue unsure', { text: 'Revenue rose from $20 billion to $25 billion, with operating income of $5 billion, a margin of 30%.' }],
    ['en an operating margin is not over net income', { text: 'Northwind booked $50 billion of revenue and $15 billion of net income, an operating margin of 40%.' }],
    ['en the other amount is not named as revenue', { text: 'Northwind spent $50 billion on capex and earned $15 billion of operating profit, a margin of 40%.' }],
    ['en the margin follows another figure than the profit', { text: 'Northwind had $50 billion of revenue and $15 billion of operating income in 2024, and its margin of 40% was a record.' }],
    ['zh two revenues (this year and last)', { text: '该公司营收40亿元，上年营收30亿元，净利润6亿元，净利率约25%。' }],
    ['zh 净利率 after an amount that is not a profit', { text: '该公司营收40亿元，研发投入6亿元，净利率约25%。' }],
    ['zh another currency', { text: '该公司营收40亿美元，净利润6亿元，净利率约25%。' }],
    ['en a gross margin is not over operating income', { text: 'Northwind had revenue of $40 billion and operating income of $8 billion, a gross margin of 30%.' }],
    ['zh 毛利率 after 净利润 (a gross margin is not over net profit)', { text: '该公司营收40亿元，净利润6亿元，毛利率为25%。' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning at most, with no fix', () => {
    const { findings } = check('Northwind grew its sales 12% to $40 billion, with operating income of $8 billion, a margin of 30%.', { date: '2025-06-01' });
    const f = findings.find((x) => x.text === '30%')!;
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
  });

  it('reads its words from the metrics data: a trigger added there reaches it', () => {
    const text = 'Northwind had revenue of $40 billion and EBIT of $8 billion, an operating margin of 30%.';
    expect(check(text, { date: '2025-06-01' }).findings.filter((f) => f.text === '30%')).toEqual([]);
    const files = readBundledFactFiles(path.resolve(__dirname, '..', '..', '..', '..', 'data')).map((f) =>
      f.path.endsWith('metrics.yaml') ? { ...f, text: f.text.replace('en: [operating income, operating profit, operating earnings]', 'en: [operating income, operating profit, operating earnings, EBIT]') } : f,
    );
    const facts = loadFactBase(files);
    expect(facts.metrics.get('operating-income')?.triggers.en).toContain('EBIT');
    expect(check(text, { date: '2025-06-01', facts }).findings.filter((f) => f.text === '30%').map((f) => f.severity)).toEqual(['warning']);
  });
});
