/**
 * A list of amounts converted into a list of the same length converts item by item ("3美元/15美元，折合约
 * 21.9元 / 109.5元", "$300 million/$1.5 billion, or about RMB 2.19 billion/RMB 10.95 billion"): the amount
 * written just before the conversion is the last item's source, not the first's (currency.ts).
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const flags = (text: string) => arithFlags(text, 'arith.currency');

describe('converted lists pair in order', () => {
  it('a slash-paired price converted into a slash pair is silent when each item converts', () => {
    expect(flags('- 2024年6月该模型的价格沿用3美元/15美元，折合约21.9元 / 109.5元。')).toEqual([]);
    expect(flags('In 2024 the two grants came to $300 million/$1.5 billion, or about RMB 2.19 billion/RMB 10.95 billion.')).toEqual([]);
  });
  it('near miss: a wrong item is still flagged, against its own source', () => {
    expect(flags('- 2024年6月该模型的价格沿用3美元/15美元，折合约30元 / 109.5元。')).toEqual(['30元']);
    expect(flags('- 2024年6月该模型的价格沿用3美元/15美元，折合约21.9元 / 150元。')).toEqual(['150元']);
    expect(flags('In 2024 the two grants came to $300 million/$1.5 billion, or about RMB 2.19 billion/RMB 15 billion.')).toEqual(['RMB 15 billion']);
  });
  it('near miss: a single amount converted is still checked', () => {
    expect(flags('In 2024 the grant came to $1.5 billion, or about RMB 2.19 billion.')).toEqual(['RMB 2.19 billion']);
  });
});
