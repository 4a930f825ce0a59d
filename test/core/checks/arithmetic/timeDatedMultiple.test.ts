/**
 * A multiple between two amounts each dated where it is written (ratios.ts): "X in fiscal 2025, roughly
 * 2.9 times fiscal 2024's Y", "X, about three times 2022's Y", "X，约为2024财年Y的2.9倍". The time after the
 * first amount and the time possessive before the second are read past; any other words still stop the reading.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a multiple of two amounts dated where they are written', () => {
  it.each<[string, Case]>([
    ['en in fiscal 2025 … fiscal 2024\'s, wrong', { text: 'Northwind\'s net income was $72.9 billion in fiscal 2025, roughly 2.9 times fiscal 2024\'s $29.8 billion.', flagged: ['2.9 times'] }],
    ['en in fiscal 2025 … fiscal 2024\'s, right', { text: 'Northwind\'s net income was $72.9 billion in fiscal 2025, roughly 2.4 times fiscal 2024\'s $29.8 billion.', consistent: ['2.4 times'] }],
    ['en last year … 2022\'s, right', { text: 'Northwind\'s revenue was $60 billion last year, about three times 2022\'s $20 billion.', consistent: ['three times'] }],
    ['zh 约为2024财年…的N倍, wrong', { text: '该公司2025财年净利润为729亿美元，约为2024财年297.6亿美元的2.9倍。', flagged: ['2.9倍'] }],
    ['zh 约为2024财年…的N倍, right', { text: '该公司2025财年净利润为729亿美元，约为2024财年297.6亿美元的2.45倍。', consistent: ['2.45倍'] }],
    ['zh 是2023年全年的…的N倍, wrong', { text: '该公司今年上半年营收120亿元，是2023年全年40亿元的4倍。', flagged: ['4倍'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en other words between the multiple and the second amount', { text: 'Northwind\'s net income was $72.9 billion in fiscal 2025, roughly 2.9 times the level of fiscal 2024, when revenue was $29.8 billion.' }],
    ['en a rounded multiple within the written precision', { text: 'Northwind\'s net income was $72.9 billion in fiscal 2025, roughly 2.5 times fiscal 2024\'s $29.8 billion.' }],
    ['zh another figure between (a year and a month)', { text: '该公司2025财年净利润为729亿美元，约为2024财年3月至12月297.6亿美元的2.9倍。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
