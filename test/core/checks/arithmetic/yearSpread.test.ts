/**
 * A mean per quarter or month of the sentence before's figure for a whole year (average.ts yearSpread):
 * "full-year revenue of $107.6 billion. That is about $32 billion a quarter on average.", "全年营收1076亿美
 * 元。平均下来，每季度约320亿美元。" The sentence before must write one like amount, for a year by its own
 * words, and no stretch of time; probable, no fix.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a year\'s figure spread over its quarters or months', () => {
  it.each<[string, Case]>([
    ['en a quarter on average, wrong', { text: 'Northwind booked full-year revenue of $107.6 billion in 2024. That is $32.5 billion a quarter on average.', flagged: ['$32.5 billion'] }],
    ['en a quarter on average, right', { text: 'Northwind booked full-year revenue of $107.6 billion in 2024. That is $26.9 billion a quarter on average, and more than any rival.', consistent: ['$26.9 billion'] }],
    ['zh 每季度, wrong', { text: '该公司全年营收1076亿美元。平均下来，每季度约320亿美元。', flagged: ['320亿美元'] }],
    ['zh 每月, right', { text: '该公司全年营收1200亿元。平均下来，每月约100亿元。', consistent: ['100亿元'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en the figure is not said to be a year\'s', { text: 'Northwind raised $107.6 billion. That is $32.5 billion a quarter on average.' }],
    ['en two like amounts in the sentence before', { text: 'Northwind booked full-year revenue of $107.6 billion, against $90.0 billion a year earlier. That is $32.5 billion a quarter on average.' }],
    ['en within the hedge', { text: 'Northwind booked full-year revenue of $107.6 billion in 2024. That is roughly $29 billion a quarter on average.' }],
    ['zh a stretch written in the sentence before (average.ts reads that)', { text: '该公司全年营收1076亿美元，三年后预计翻倍。平均下来，每季度约320亿美元。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
