/**
 * A monthly amount restated as a yearly one and back (annualized.ts): the restatement is the writer's
 * computation from the figure as written, so when both carry "about" the hedge is counted once (on the
 * result); a cadence written right before the second amount ("一年约") is its own, whatever denominator
 * the recogniser shared from the first; "a year before discounts" is still a yearly amount.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-11-20');

describe('a monthly amount restated for a year, and back', () => {
  it.each<[string, Case]>([
    ['en, both hedged, a year from a month, wrong', { text: "Northwind's assistant brings in about $300 million a month, or roughly $3 billion a year.", flagged: ['$3 billion'] }],
    ['en, both hedged, a year from a month, right by rounding', { text: "Northwind's assistant brings in about $300 million a month, or roughly $3.5 billion a year.", consistent: ['$3.5 billion'] }],
    ['en, a month from a year, wrong', { text: "Northwind's assistant brings in roughly $6 billion a year, or about $400 million a month.", flagged: ['$400 million'] }],
    ['en, a month from a year, right', { text: "Northwind's assistant brings in roughly $6 billion a year, or about $500 million a month.", consistent: ['$500 million'] }],
    ['en, a deduction after the cadence, wrong', { text: "Northwind's assistant brings in about $300 million a month, or roughly $2.8 billion a year before discounts.", flagged: ['$2.8 billion'] }],
    ['en, a deduction after the cadence, right', { text: "Northwind's assistant brings in about $300 million a month, or roughly $3.5 billion a year before discounts.", consistent: ['$3.5 billion'] }],
    ['en, "nearly" and "close to", wrong', { text: "Northwind's assistant brings in nearly $300 million a month, or close to $3 billion a year.", flagged: ['$3 billion'] }],
    ['zh, a year first, then a month, wrong', { text: '诺风的助手一年约36亿美元，每月约2亿美元。', flagged: ['2亿美元'] }],
    ['zh, 每月 then 一年 with no cue, wrong', { text: '诺风的助手每月约3亿美元，一年约30亿美元。', flagged: ['30亿美元'] }],
    ['zh, 每月 then 一年 with no cue, right', { text: '诺风的助手每月约3亿美元，一年约36亿美元。', consistent: ['36亿美元'] }],
    ['zh, 折合年化, wrong', { text: '诺风的助手月收入2亿美元，折合年化约20亿美元。', flagged: ['20亿美元'] }],
    ['zh, 折合年化, right', { text: '诺风的助手月收入2亿美元，折合年化约24亿美元。', consistent: ['24亿美元'] }],
    ['zh, a month from a year, wrong', { text: '诺风的助手每年约60亿美元，即每月约4亿美元。', flagged: ['4亿美元'] }],
    ['zh, a month from a year, right', { text: '诺风的助手每年约60亿美元，即每月约5亿美元。', consistent: ['5亿美元'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, "a year before" an event dates the amount', { text: 'Northwind earned $300 million a year before the IPO, and $50 million a month now.' }],
    ['en, one hedge only, within it', { text: "Northwind's assistant brings in $300 million a month, or roughly $3.5 billion a year." }],
  ])('not flagged: %s', (_, c) => run(c));
});
