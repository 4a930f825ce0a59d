/**
 * The cost of a job from its input and output tokens and the two per-million prices (tokenPrice.ts,
 * jobCost): each side's tokens times its price per token, added. Exactly one labelled count and one
 * labelled price per side, one shared denominator, and a word that states the cost; a warning at most.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-11-20');

describe('the cost of a job from per-million token prices', () => {
  it.each<[string, Case]>([
    ['en, prices in brackets, wrong', { text: 'A batch of 20 million input tokens and 4 million output tokens: at ($0.25 in, $1.00 out per 1M) that’s $11.00.', flagged: ['$11.00'] }],
    ['en, prices in brackets, right', { text: 'A batch of 20 million input tokens and 4 million output tokens: at ($0.25 in, $1.00 out per 1M) that’s $9.00.', consistent: ['$9.00'] }],
    ['en, per million tokens, right', { text: 'Our nightly job reads 20 million input tokens and writes 4 million output tokens; at $0.25 input and $1.00 output per million tokens, that comes to about $9.', consistent: ['$9'] }],
    ['en, per million tokens, wrong', { text: 'Our nightly job reads 20 million input tokens and writes 4 million output tokens; at $0.25 input and $1.00 output per million tokens, that comes to about $12.', flagged: ['$12'] }],
    ['zh, wrong', { text: '每晚的任务约输入2000万tokens、输出400万tokens，按输入每百万tokens 0.25美元、输出1美元计算，合计约12美元。', flagged: ['12美元'] }],
    ['zh, right', { text: '每晚的任务约输入2000万tokens、输出400万tokens，按输入每百万tokens 0.25美元、输出1美元计算，合计约9美元。', consistent: ['9美元'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, an amount that is no cost of the job', { text: 'The job reads 20 million input tokens; the model charges $0.25 input and $1.00 output per million tokens, and the team spent $12 on coffee.' }],
    ['en, only one side counted', { text: 'Input costs $0.25 and output $1.00 per million tokens, so a chat of 2,000 tokens costs $0.01.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
