/**
 * English conversions at a rate the draft writes (currency.ts statedRate): "per dollar", "to the dollar",
 * "/$" and "RMB/USD" belong to the rate, so what is left between the amounts is the filler; a rate written
 * with its unit second ("CNY 6.5 = $1") is the rate's figure; a "¥" rate against the dollar in a sentence of
 * yuan amounts is yuan per dollar; a result given "at" a rate converts at it. The rates here (5.2, 6.5, 6.8) are
 * not the dated ones, so a passing conversion shows the written rate was used.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const flags = (text: string) => arithFlags(text, 'arith.currency');

describe('"yuan per dollar" between the amounts is part of the rate', () => {
  it('reads "A, at R yuan per dollar about B" and "to the dollar"', () => {
    expect(flags('The firm booked RMB 130 billion, at 6.5 yuan per dollar about $20 billion.')).toEqual([]);
    expect(flags('The firm booked RMB 130 billion, at 6.5 yuan per dollar about $26 billion.')).toEqual(['$26 billion']);
    expect(flags('Sales of RMB 68 billion, at 6.8 yuan to the dollar roughly $10 billion, beat the plan.')).toEqual([]);
    expect(flags('Sales of RMB 68 billion, at 6.8 yuan to the dollar roughly $12 billion, beat the plan.')).toEqual(['$12 billion']);
  });
});

describe('a result given at a rate converts at it', () => {
  it('reads "A, about B at R RMB/USD", "at an exchange rate of R yuan to the dollar"', () => {
    expect(flags('The firm booked RMB 130 billion, about $20 billion at 6.5 RMB/USD.')).toEqual([]);
    expect(flags('The firm booked RMB 130 billion, about $24 billion at 6.5 RMB/USD.')).toEqual(['$24 billion']);
    expect(flags('Capex was RMB 68 billion, about $10 billion at an exchange rate of 6.8 yuan to the dollar.')).toEqual([]);
    expect(flags('Capex was RMB 68 billion, about $13 billion at an exchange rate of 6.8 yuan to the dollar.')).toEqual(['$13 billion']);
  });
  it('near miss: a bare "about" with no rate is no conversion cue', () => {
    expect(flags('The firm booked RMB 130 billion, about $26 billion of it abroad.')).toEqual([]);
  });
});

describe('a "¥" rate against the dollar among yuan amounts is yuan per dollar', () => {
  it('reads "(B at ¥R/$)" and "at ¥R per dollar"', () => {
    expect(flags('Revenue was RMB 130 billion ($20 billion at ¥6.50/$).')).toEqual([]);
    expect(flags('Revenue was RMB 130 billion ($25 billion at ¥6.50/$).')).toEqual(['$25 billion']);
    expect(flags('Revenue was RMB 130 billion, or $20 billion at ¥6.5 per dollar.')).toEqual([]);
    expect(flags('Revenue was RMB 130 billion, or $17 billion at ¥6.5 per dollar.')).toEqual(['$17 billion']);
  });
  it('near miss: a yen amount beside a "¥" rate keeps the sign as yen', () => {
    expect(flags('Revenue was ¥1,450 billion, about $10 billion at ¥145 per dollar.')).toEqual([]);
  });
});

describe('a rate with its unit written second', () => {
  it('reads "At CNY R = $1, A is about B"', () => {
    expect(flags('At CNY 5.2 = $1, the firm\'s revenue of RMB 130 billion is about $25 billion.')).toEqual([]);
    expect(flags('At CNY 5.2 = $1, the firm\'s revenue of RMB 130 billion is about $18 billion.')).toEqual(['$18 billion']);
  });
});

describe('near misses: figures that are no exchange rate', () => {
  it('leaves "per dollar of revenue", a multiple and a P/E alone', () => {
    expect(flags('The firm booked RMB 130 billion and lost about $1.35 per dollar of revenue.')).toEqual([]);
    expect(flags('The firm booked RMB 130 billion and trades at 7.1x revenue of $18 billion.')).toEqual([]);
    expect(flags('The firm booked RMB 130 billion at a P/E of 7.2, about $25 billion in market value.')).toEqual([]);
  });
});
