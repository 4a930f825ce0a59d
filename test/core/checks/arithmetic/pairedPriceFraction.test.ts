/**
 * A fraction after a slash-paired price ("$2.50 / $10, half of the $5 input price") takes as numerator the
 * item of the kind its base names: input the first of the pair, output the second. A base naming neither
 * leaves the numerator unknown: no finding (ratioPairing.namedPairItem).
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const flags = (text: string) => arithFlags(text, 'arith.ratio');

describe('a fraction of a named price in a slash pair', () => {
  for (const text of [
    '- The model lists at $2.50 / $10, half of the $5 input price it launched at in 2024.',
    '- The model lists at $2.50 / $10, half of the $20 output price it launched at in 2024.',
    '- 该模型报价2.5美元/10美元，是发布时输入价5美元的一半。',
    '- 该模型报价2.5美元/10美元，是发布时输出价20美元的一半。',
  ]) {
    it(`${text} is silent`, () => expect(flags(text)).toEqual([]));
  }
  it('a base that names neither input nor output gives no finding', () => {
    expect(flags('- The model lists at $2.50 / $10, half of the $5 it launched at in 2024.')).toEqual([]);
    expect(flags('- 该模型报价2.5美元/10美元，是发布时5美元的一半。')).toEqual([]);
  });
  it('near miss: the named item is still checked', () => {
    expect(flags('- The model lists at $3.50 / $10, half of the $5 input price it launched at in 2024.')).toEqual(['half']);
    expect(flags('- 该模型报价3.5美元/10美元，是发布时输入价5美元的一半。')).toEqual(['一半']);
  });
  it('near miss: a single amount before the fraction is still its numerator', () => {
    expect(flags('- The model costs $12, half of the $20 it launched at in 2024.')).toEqual(['half']);
  });
});
