/**
 * A multiple of a measure the sentence names and figures (multipleOfMeasure.ts): "at $X, that's N times
 * ARR", "valued at $X, about N times revenue of $Y". Every figure written after the measure's name in its
 * clause is a reading; a name no figure of the sentence follows reads the sentence before's ("revenue of $60
 * million. On that basis a $3 billion price is about 50 times revenue"). In Chinese both measures are named
 * ("对应估值约为年化收入的40倍", "3万亿美元的市值约为营收的30倍"). Probable: a warning, no fix.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-11-20');

describe('a multiple of a named measure', () => {
  it.each<[string, Case]>([
    ['en, ARR went from … to …, wrong', { text: 'Northwind says ARR went from $150 million to $300 million this year; at $9 billion, that’s about 20 times ARR.', flagged: ['20 times'] }],
    ['en, ARR went from … to …, right', { text: 'Northwind says ARR went from $150 million to $300 million this year; at $9 billion, that’s about 30 times ARR.', consistent: ['30 times'] }],
    ['en, Nx revenue, wrong', { text: "Northwind's revenue was $300 million last year, and at $9 billion, that's roughly 20x revenue.", flagged: ['20x'] }],
    ['en, Nx revenue, right', { text: "Northwind's revenue was $300 million last year, and at $9 billion, that's roughly 30x revenue.", consistent: ['30x'] }],
    ['en, revenue of $Y after the multiple, wrong', { text: 'Northwind is valued at $9 billion, about 20 times revenue of $300 million.', flagged: ['20 times'] }],
    ['en, revenue of $Y after the multiple, right', { text: 'Northwind is valued at $9 billion, about 30 times revenue of $300 million.', consistent: ['30 times'] }],
    ['en, a price is N times revenue, the revenue in the sentence before, wrong', { text: 'Northwind reports annualized revenue of $60 million. On that basis a $3 billion price is about 15 times revenue.', flagged: ['15 times'] }],
    ['en, a price is N times revenue, the revenue in the sentence before, right', { text: 'Northwind reports annualized revenue of $60 million. On that basis a $3 billion price is about 50 times revenue.', consistent: ['50 times'] }],
    ['zh, 估值约为年化收入的N倍, valuations in the sentence before, wrong', { text: '这轮投后估值400亿美元，投前估值约380亿美元。公司年初的年化收入约为10亿美元，对应估值约为年化收入的25倍。', flagged: ['25倍'] }],
    ['zh, 估值约为年化收入的N倍, right', { text: '这轮投后估值400亿美元，投前估值约380亿美元。公司年初的年化收入约为10亿美元，对应估值约为年化收入的40倍。', consistent: ['40倍'] }],
    ['zh, A的市值约为营收的N倍, wrong', { text: '按全年营收1000亿美元计算，3万亿美元的市值约为营收的20倍。', flagged: ['20倍'] }],
    ['zh, A的市值约为营收的N倍, right', { text: '按全年营收1000亿美元计算，3万亿美元的市值约为营收的30倍。', consistent: ['30倍'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, the measure has no figure in the sentence', { text: 'Northwind is valued at $9 billion, about 20 times revenue.' }],
    ['en, the sentence before names no figure of the measure', { text: 'Northwind reports 60 million users. On that basis a $3 billion price is about 15 times revenue.' }],
    ['zh, an unnamed amount in the sentence may be the value: no reading from the sentence before', { text: '3万亿美元的市值约为营收的30倍。而去年首次突破1万亿美元时，营收只有270亿美元，市值约为营收的27倍。' }],
    ['en, either figure of the measure explains it', { text: 'Northwind says ARR went from $150 million to $300 million this year; at $9 billion, that’s about 60 times ARR.' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning with no fix', () => {
    const f = check('Northwind is valued at $9 billion, about 20 times revenue of $300 million.', { date: '2025-11-20' }).findings[0];
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
  });
});
