/**
 * A ratio pairs two totals, never a price of one unit with a total (unitPriceOperand.ts), and how sure
 * its pairing is depends on what ties the first amount to the multiple (ratioPairing.ts): "A is half of
 * B" is sure; "…A, roughly half of B" after another like amount is a guess (a warning at most); and a
 * quotient orders of magnitude from the multiple is a mis-pairing, not an inconsistency.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const DATE = '2025-04-15';
const run = (c: Case) => expectRelations(c, DATE);

describe('a price of one unit is no operand of a ratio with a total', () => {
  it.each<[string, Case]>([
    ['en, a count at a price', { text: 'The listing raised about $1.5 billion, 37.5 million shares at $40, roughly half of the $2.7 billion the company had originally hoped for.' }],
    ['en, a price per share', { text: 'The listing raised about $1.5 billion at $40 a share, roughly half of the $2.7 billion the company had originally hoped for.' }],
    ['zh, 发行价', { text: '这次上市募资约15亿美元，发行3750万股，发行价40美元，约为原计划27亿美元的一半。' }],
    ['zh, 每股', { text: '这次上市募资约15亿美元，每股40美元，约为原计划27亿美元的一半。' }],
  ])('not flagged: %s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, the total tied by "which is"', { text: 'The listing sold 37.5 million shares at $40, raising $1.5 billion, which is a third of the $2.7 billion it had hoped for.', flagged: ['a third'] }],
    ['en, the total right before the multiple', { text: 'The listing raised $1.5 billion, roughly a third of the $2.7 billion the company had hoped for.', flagged: ['a third'] }],
    ['zh, the total right before the multiple', { text: '这次上市募资15亿美元，约为原计划27亿美元的三分之一。', flagged: ['三分之一'] }],
  ])('flagged: %s', (_, c) => run(c));
});

describe('how sure a ratio pairing is', () => {
  const severityOf = (text: string, figure: string) => check(text, { date: DATE }).findings.find((f) => f.text === figure)?.severity;

  it('an amount in apposition after another like amount is a guess: a warning at most', () => {
    expect(severityOf('Revenue reached $6 billion and profit $2 billion, roughly a fifth of the $5 billion analysts expected.', 'a fifth')).toBe('warning');
  });

  it('an amount tied by a copula is sure: an error', () => {
    expect(severityOf('Revenue reached $6 billion and profit was $2 billion, which is roughly a fifth of the $5 billion analysts expected.', 'a fifth')).toBe('error');
  });

  it('a quotient orders of magnitude from the multiple is no finding', () => {
    expect(severityOf('The fee was $40, roughly half of the $2.7 billion budget.', 'half')).toBeUndefined();
  });
});
