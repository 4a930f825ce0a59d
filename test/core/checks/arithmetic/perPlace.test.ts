/**
 * A count spread over places and restated per place ("N across M, or K per site", "N分布在M个…，平均每个约K",
 * "M个…共有N，平均每个约K"): K is checked against N ÷ M (perPlace.ts).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a count per place', () => {
  it.each<[string, Case]>([
    ['en, across … or … per site, wrong', { text: 'The operator ran 250,000 GPUs across 32 data centers, or roughly 12,000 GPUs per site.', flagged: ['12,000 GPUs'] }],
    ['en, across … or … per site, right', { text: 'The operator ran 250,000 GPUs across 32 data centers, or roughly 7,800 GPUs per site.', consistent: ['7,800 GPUs'] }],
    ['en, in … averaging … each, wrong', { text: 'The chain has 1,200 stores in 40 states, averaging 50 stores in each state.', flagged: ['50'] }],
    ['zh, 分布在 … 平均每个, wrong', { text: '该公司25万块GPU分布在32个数据中心，平均每个约1.2万块。', flagged: ['1.2万块'] }],
    ['zh, a comma before 分布在, wrong', { text: '该公司共有25万块GPU，分布在32个数据中心，平均每个约1.2万块。', flagged: ['1.2万块'] }],
    ['zh, 共有 … 平均每个, right', { text: '该公司32个数据中心共有25万块GPU，平均每个约7800块。', consistent: ['7800块'] }],
    ['zh, 共有 … 平均每个, wrong', { text: '该公司32个数据中心共有25万块GPU，平均每个约1.2万块。', flagged: ['1.2万块'] }],
    ['en, "On average that\'s … per site" in the next sentence, wrong', { text: 'The operator ran 250,000 GPUs across 32 data centers. On average that\'s roughly 10,000 GPUs per site.', flagged: ['10,000 GPUs'] }],
    ['en, "On average that\'s … per site" in the next sentence, right', { text: 'The operator ran 250,000 GPUs across 32 data centers. On average that\'s roughly 7,800 GPUs per site.', consistent: ['7,800 GPUs'] }],
    ['zh, 平均每个 opening the next sentence, wrong', { text: '该公司共有25万块GPU，分布在32个数据中心。平均每个数据中心约1万块。', flagged: ['1万块'] }],
    ['zh, 平均每个 opening the next sentence, right', { text: '该公司共有25万块GPU，分布在32个数据中心。平均每个数据中心约7800块。', consistent: ['7800块'] }],
    ['zh, 共有 then 平均每个 in the next sentence, wrong', { text: '该公司32个数据中心共有25万块GPU。平均每个约1万块。', flagged: ['1万块'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['an open total ("more than")', { text: 'The operator ran more than 250,000 GPUs across 32 data centers, or roughly 12,000 GPUs per site.' }],
    ['a new statement, not a restatement', { text: 'The operator ran 250,000 GPUs across 32 data centers, while a rival runs about 12,000 GPUs per site.' }],
    ['a cadence, not a place', { text: 'The operator ran 250,000 GPUs across 32 data centers, or roughly 12,000 GPUs a year.' }],
    ['zh, a cadence (每年)', { text: '该公司25万块GPU分布在32个数据中心，每年新增约1.2万块。' }],
    ['en, the next sentence names another owner', { text: 'The operator ran 250,000 GPUs across 32 data centers. Its rival averages 10,000 GPUs per site.' }],
    ['en, the next sentence goes on past the place', { text: 'The operator ran 250,000 GPUs across 32 data centers. On average that\'s 10,000 GPUs per site in the largest region.' }],
    ['en, a pointer without "average"', { text: 'The operator ran 250,000 GPUs across 32 data centers. That\'s 10,000 GPUs per site.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
