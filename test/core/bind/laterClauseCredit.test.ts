/**
 * A credit inside a clause coordinated after the figure's (", and slides seen by Reuters projected …")
 * reaches no further back than its own clause (bind/laterClauseCredit.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { laterClauseStart } from '../../../server/src/core/bind/laterClauseCredit';
import type { Quantity } from '../../../server/src/core/model';

const DATE = '2025-06-01';
const credit = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.attribution?.value;

/** [how the later clause opens, sentence, figure before it, figure after the credit, the credit]. */
const LATER: [string, string, string, string, string][] = [
  ['", and" with the credit inside the subject', 'By March the run-rate stood at $2 billion, and slides shown to investors by Reuters projected $4 billion of sales for the year.', '$2 billion', '$4 billion', 'Reuters'],
  ['", and" with "seen by"', 'The lab booked $900 million in 2023, and budget papers seen by the Financial Times forecast $2.5 billion for 2024.', '$900 million', '$2.5 billion', 'Financial Times'],
  ['", but" with a name and its verb', 'The company guided to $5 billion of capex, but analysts polled by Bloomberg put the figure at $7 billion.', '$5 billion', '$7 billion', 'Bloomberg'],
  ['", while" with the name\'s article', 'Sales were $1.1 billion in the spring; $1.4 billion by July per The Information, while the FT put them at $1.6 billion.', '$1.1 billion', '$1.6 billion', 'FT'],
  ['a semicolon', 'Capex ran at $3 billion a quarter; filings cited by Reuters showed $4.5 billion in the fourth.', '$3 billion', '$4.5 billion', 'Reuters'],
];

/** [why the credit still covers the earlier figure, sentence, figure, credit]. */
const COVERED: [string, string, string, string][] = [
  ['no figure after the credit: an afterthought', 'Revenue reached $2 billion, and profit was $300 million, according to Reuters.', '$2 billion', 'Reuters'],
  ['no comma before "and"', 'Revenue reached $2 billion and slides seen by Reuters projected $4 billion.', '$2 billion', 'Reuters'],
  ['the credit in the figure\'s own clause', 'Bloomberg reported revenue of $2 billion, and the company expects $4 billion next year.', '$2 billion', 'Bloomberg'],
];

describe('a credit in a later coordinated clause does not reach back', () => {
  it.each(LATER)('%s', (_how, text, before, after, publisher) => {
    expect(credit(text, before)).toBeUndefined();
    expect(credit(text, after)).toBe(publisher);
  });
});

describe('near misses: the credit still covers the earlier figure', () => {
  it.each(COVERED)('%s', (_why, text, figure, publisher) => {
    expect(credit(text, figure)).toBe(publisher);
  });
});

describe('laterClauseStart', () => {
  const figure = (text: string, s: string): Quantity => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, kind: 'money' } as Quantity;
  };
  const text = 'Revenue was $2 billion in 2024, and analysts polled by Reuters expect $3 billion.';
  const name = { start: text.indexOf('Reuters'), end: text.indexOf('Reuters') + 7 };
  it('starts the clause after the comma before the coordinator', () => {
    expect(laterClauseStart(text, { start: 0, end: text.length }, name, [figure(text, '$2 billion'), figure(text, '$3 billion')])).toBe(text.indexOf(', and') + 1);
  });
  it('is undefined when no figure stands before the clause', () => {
    expect(laterClauseStart(text, { start: 0, end: text.length }, name, [figure(text, '$3 billion')])).toBeUndefined();
  });
});
