/**
 * A total that opens its sentence by pointing back at the list the sentence before wrote (pairTotal.ts
 * pointedTotal): "Together that is…", "Combined, they come to…", "加起来约…". The list's amounts must be one
 * list (separators only between them, no change words); a trailing run that adds up explains the total.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a total pointing back at the list the sentence before wrote', () => {
  it.each<[string, Case]>([
    ['en Together that is, wrong', { text: 'For scale, the two largest segments: Northwind $62.4 billion, Southwind $21.8 billion. Together that is roughly $105 billion.', flagged: ['$105 billion'] }],
    ['en Together that is, right', { text: 'For scale, the two largest segments: Northwind $62.4 billion, Southwind $21.8 billion. Together that is roughly $84 billion.', consistent: ['$84 billion'] }],
    ['en Combined, they come to, three parts, wrong', { text: 'Northwind raised $2 billion, Southwind $3 billion and Eastwind $1 billion. Combined, they come to $8 billion.', flagged: ['$8 billion'] }],
    ['zh 加起来, wrong', { text: '甲公司营收48亿元，乙公司营收32亿元。加起来约95亿元。', flagged: ['95亿元'] }],
    ['zh 合计, right', { text: '甲公司营收48亿元，乙公司营收32亿元。合计80亿元。', consistent: ['80亿元'] }],
    ['en a figure before the list: a trailing run that adds up explains the total', { text: 'The market was $90 billion, Northwind $30 billion, Southwind $20 billion. Together that is $50 billion.', consistent: ['$50 billion'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en a change\'s two values are no list', { text: 'Northwind earned $40 billion, up from $30 billion, and Southwind $25 billion. Together that is $65 billion.' }],
    ['en no pointer back', { text: 'Northwind earned $40 billion, Southwind $30 billion. Analysts expect $100 billion next year.' }],
    ['en amounts apart, not a list (a year between)', { text: 'Northwind earned $40 billion in 2024 and Southwind $30 billion in 2023. Together that is $100 billion.' }],
    ['zh 合计 with a change in the list', { text: '甲公司营收48亿元，比上年的40亿元增长20%，乙公司营收32亿元。合计100亿元。' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning at most, with no fix', () => {
    const { findings } = check('甲公司营收48亿元，乙公司营收32亿元。加起来约95亿元。', { date: '2025-06-01' });
    const f = findings.find((x) => x.text === '95亿元')!;
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
  });
});
