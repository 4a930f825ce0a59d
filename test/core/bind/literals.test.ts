import { describe, expect, it } from 'vitest';
import { findLiterals, lowerAscii, wordLiteral, type Literal } from '../../../server/src/core/bind/literals';

const found = (text: string, literals: Literal[], from?: number, to?: number) =>
  findLiterals(text, lowerAscii(text), literals, from, to).map((h) => `${text.slice(h.start, h.end)}#${h.index}`);

describe('findLiterals', () => {
  const literals = [wordLiteral('营收'), wordLiteral('营业利润'), wordLiteral('Meta'), wordLiteral('revenue'), wordLiteral('亿'), wordLiteral('H100')];

  it('finds one-character, two-character and longer words, Chinese (codes above 0x8000) and English: words written as they must be cased first, then the others, each in text order', () => {
    expect(found('Meta的营收和营业利润为10亿', literals)).toEqual(['Meta#2', '营收#0', '营业利润#1', '亿#4']);
    expect(found('Revenue rose; H100 sold out; revenues', literals)).toEqual(['H100#5', 'Revenue#3', 'revenues#3']);
  });

  it('near miss: skips words that continue ("Metaverse", "H1000"), other cases of a word written in capitals, and text outside [from, to)', () => {
    expect(found('Metaverse and H1000 and META', literals)).toEqual([]);
    expect(found('营收营收', literals, 1, 4)).toEqual(['营收#0']);
    expect(found('营', literals)).toEqual([]);
  });

  it('words sharing their first two characters are told apart by the rest, to the end of the range', () => {
    const alike = [wordLiteral('营收'), wordLiteral('营业利润'), wordLiteral('营业收入'), wordLiteral('rev'), wordLiteral('revenue')];
    expect(found('营业收入和营业利润', alike)).toEqual(['营业收入#2', '营业利润#1']);
    expect(found('营业利', alike)).toEqual([]); // cut short: neither four-character word
    expect(found('revenue', alike, 0, 6)).toEqual([]); // "revenu" continues "rev", and "revenue" is cut off
  });

  it('words found at one position come out in the order of the list, two-character and longer words alike', () => {
    // Interleaved on purpose: a short word between longer ones of the same first two characters.
    const interleaved = [wordLiteral('to total'), wordLiteral('to'), wordLiteral('total'), wordLiteral('to tot'), wordLiteral('上升'), wordLiteral('上'), wordLiteral('上升至')];
    expect(found('to total', interleaved)).toEqual(['to total#0', 'to#1', 'total#2']);
    expect(found('to tot', interleaved)).toEqual(['to#1', 'to tot#3']);
    expect(found('上升至', interleaved)).toEqual(['上#5', '上升#4', '上升至#6']);
    // At the end of the range only the two-character word can fit.
    expect(found('to total', interleaved, 0, 2)).toEqual(['to#1']);
    expect(found('上升至', interleaved, 0, 2)).toEqual(['上#5', '上升#4']);
  });
});
