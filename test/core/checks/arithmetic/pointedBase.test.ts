/**
 * "…stood at $455 billion, up from $99.1 billion a year earlier. Beta's reported $300 billion would be
 * about two-thirds of that.": "that" may point at the sentence's subject as well as at its last amount.
 * The ratio is read against every like amount the pronoun may mean, and one that makes it hold is the
 * reading (anaphora.ts pointedRatio). When none does, it is still flagged.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const ratioFlags = (text: string) => arithFlags(text, 'arith.ratio');

describe('a pronoun base may be any like amount of the sentence before', () => {
  for (const text of [
    "Acme's backlog stood at $455 billion at the end of the quarter, up from $99.1 billion a year earlier. Beta's reported $300 billion would be about two-thirds of that.",
    'Acme的积压订单在季末达到4550亿美元，一年前为991亿美元。Beta的3000亿美元约为它的三分之二。',
  ]) {
    it(`${text} is not flagged`, () => expect(ratioFlags(text)).toEqual([]));
  }
  it('near miss: a ratio no candidate base makes hold is still flagged', () => {
    expect(ratioFlags("Acme's backlog stood at $455 billion at the end of the quarter, up from $99.1 billion a year earlier. Beta's reported $300 billion would be about a third of that.")).toEqual(['a third']);
    expect(ratioFlags('Acme的积压订单在季末达到4550亿美元，一年前为991亿美元。Beta的3000亿美元约为它的三分之一。')).toEqual(['三分之一']);
  });
  it('near miss: with one amount before, that amount is the base', () => {
    expect(ratioFlags("Acme's backlog stood at $99.1 billion a year ago. Beta's reported $300 billion would be about two-thirds of that.")).toEqual(['two-thirds']);
  });
});
