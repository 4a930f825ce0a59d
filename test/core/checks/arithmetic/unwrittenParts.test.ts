/**
 * Sums whose parts the sentence does not all write (unwrittenParts.ts): a total that a table or chart sums
 * ("our table sums to"), or a list with an item that has no figure, is no test of the figures written.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const flags = (text: string) => arithFlags(text, 'arith.sum');

describe('a total the table or chart sums', () => {
  it('"our table sums to" sums the table, not the figures before it', () => {
    expect(flags('Broker notes gave $12 billion for AMD and $30 billion for Intel, about $42 billion in all (our table sums to $44.5B).\n')).toEqual([]);
    expect(flags('Analysts had AMD at $12 billion and Intel at $30 billion, which the chart above adds up to $44.5 billion.\n')).toEqual([]);
  });
  it('near miss: a table named before the parts leaves the sum the sentence\'s own', () => {
    expect(flags('In the table, $12 billion and $30 billion sum to $50 billion.\n')).toEqual(['$50 billion']);
    expect(flags("AMD's $12 billion and Intel's $30 billion sum to $50 billion.\n")).toEqual(['$50 billion']);
  });
});

describe('a list with an item that has no figure', () => {
  it('"for Broadcom, AMD\'s $12B and Intel\'s $30B" is not judged on $12B + $30B', () => {
    expect(flags("Next year's budgets for Broadcom, AMD's planned $12 billion and Intel's $30 billion add up to about $50 billion.\n")).toEqual([]);
    expect(flags('Spending by Broadcom, $12 billion for AMD and $30 billion for Intel sums to about $50 billion.\n')).toEqual([]);
    expect(flags('博通、超威的120亿美元和英特尔的300亿美元合计约500亿美元。\n')).toEqual([]);
  });
  it('near miss: every item with its figure, or names paired with figures, is judged', () => {
    expect(flags("Next year's budgets, AMD's planned $12 billion and Intel's $30 billion, add up to about $50 billion.\n")).toEqual(['$50 billion']);
    expect(flags('AMD and Intel spent $12 billion and $30 billion, which adds up to $50 billion.\n')).toEqual(['$50 billion']);
    expect(flags('超威的120亿美元和英特尔的300亿美元合计约500亿美元。\n')).toEqual(['500亿美元']);
  });
});
