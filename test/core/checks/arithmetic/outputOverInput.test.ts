/**
 * An output price as a multiple of the input price, both written in prose, in the multiple's sentence or
 * the one before ("…$2 input and $8 output. Its output costs four times its input", "输出价格是输入的4倍"):
 * outputOverInput.ts.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('output over input prices', () => {
  it.each<[string, Case]>([
    ['en, one sentence, wrong', { text: 'The model lists at $2 input and $8 output per million tokens, so its output costs six times its input.', flagged: ['six times'] }],
    ['en, one sentence, right', { text: 'The model lists at $2 input and $8 output per million tokens, so its output costs four times its input.', consistent: ['four times'] }],
    ['en, the sentence before, wrong', { text: 'The model lists at $2 input and $8 output per million tokens. Its output costs six times its input.', flagged: ['six times'] }],
    ['zh, one sentence, wrong', { text: '该模型输入每百万token 2美元、输出8美元，输出价格是输入的6倍。', flagged: ['6倍'] }],
    ['zh, one sentence, right', { text: '该模型输入每百万token 2美元、输出8美元，输出价格是输入的4倍。', consistent: ['4倍'] }],
    ['zh, the sentence before, wrong', { text: '该模型输入每百万token 2美元、输出8美元。输出价格是输入的6倍。', flagged: ['6倍'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, another model named across sentences', { text: 'The big model lists at $2 input and $8 output per million tokens. Mini-9\'s output costs six times its input.' }],
    ['zh, another model named across sentences', { text: '该模型输入每百万token 2美元、输出8美元。豆包的输出价格是输入的6倍。' }],
    ['en, two input prices', { text: 'One lists at $2 input and $8 output, another at $1 input; its output costs six times its input.' }],
    ['en, a multiple of something else', { text: 'The model lists at $2 input and $8 output per million tokens, and its output is six times faster.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
