/**
 * A rate or multiple after a series of three or more values of one measure may be read on more than one
 * adjacent pair; when any reading holds it is not flagged (seriesPairs.ts, periodPair.datedPair). With two
 * values, or when no pair gives the stated result, the mismatch stands.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-12-05');

describe('a series of three values: any adjacent pair may be the one meant', () => {
  it.each<[string, Case]>([
    ['English, newest first, rate fits the first pair', { text: "Acme's revenue was $412 million in 2024, $160 million in 2023 and $71 million in 2022, up about 157%." }],
    ['English, oldest first, rate fits the last pair', { text: "Acme's revenue was $71 million in 2022, $160 million in 2023 and $412 million in 2024, up about 157%." }],
    ['English, oldest first, rate fits the earlier pair', { text: "Acme's revenue was $71 million in 2022, $160 million in 2023 and $412 million in 2024, up about 125%." }],
    ['Chinese, 增长 after three years', { text: '某公司2022年营收0.71亿元，2023年为1.60亿元，2024年为4.12亿元，增长约125%。' }],
    ['Chinese, a value in another currency (a likely slip) leaves the pair open', { text: '招股书显示，某公司2024年收入4.12亿美元，2023年为1.60亿元，2022年只有0.71亿元，是上一年的约2.6倍。' }],
  ])('%s', (_, c) => run(c));
});

describe('near misses keep their warning', () => {
  it.each<[string, Case]>([
    ['English, two values only', { text: "Acme's revenue was $160 million in 2023 and $71 million in 2022, up about 157%.", flagged: ['157%'] }],
    ['English, three values, no pair fits', { text: "Acme's revenue was $412 million in 2024, $160 million in 2023 and $71 million in 2022, up about 300%.", flagged: ['300%'] }],
    ['Chinese, three values, no pair fits', { text: '某公司2022年营收0.71亿元，2023年为1.60亿元，2024年为4.12亿元，增长约300%。', flagged: ['300%'] }],
    ['Chinese, two values only', { text: '招股书显示，某公司2023年收入1.60亿元，2022年只有0.71亿元，是上一年的约2.6倍。', flagged: ['2.6倍'] }],
    ['Chinese, a conversion in brackets is no third value', { text: '某公司2023年收入1.60亿元（约2250万美元），2022年只有0.71亿元，是上一年的约2.6倍。', flagged: ['2.6倍'] }],
  ])('%s', (_, c) => run(c));
});
