/**
 * A list of token prices restated as a list of as many prices (tokenPrice.ts, respectivePairs): the
 * restated prices pair with the written ones respectively, so "0.03 and 0.06 per 1K, i.e. 30 and 60 per
 * 1M" converts 0.03 into 30 and 0.06 into 60, never 0.06 into 30.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2024-01-01');

describe('lists of token prices restated respectively', () => {
  it.each<[string, Case]>([
    ['zh, right', { text: '8K版本API每千token输入0.03美元、输出0.06美元，折合每百万token30美元和60美元。', consistent: ['30美元', '60美元'] }],
    ['zh, second wrong', { text: '8K版本API每千token输入0.03美元、输出0.06美元，折合每百万token30美元和90美元。', flagged: ['90美元'] }],
    ['en, right', { text: 'The 8K model cost $0.03 and $0.06 per 1K tokens, i.e. $30 and $60 per 1M tokens.', consistent: ['$30', '$60'] }],
    ['en, second wrong', { text: 'The 8K model cost $0.03 and $0.06 per 1K tokens, i.e. $30 and $90 per 1M tokens.', flagged: ['$90'] }],
  ])('%s', (_, c) => run(c));
});
