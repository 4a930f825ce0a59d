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

/** A sentence, the figure its credit covers, the figure before its clause it leaves out (if any), and the credit. */
interface Case {
  how: string;
  text: string;
  covers: string;
  leavesOut?: string;
  credit: string;
}

const CASES: Case[] = [
  { how: '", and" with the credit inside the subject', text: 'By March the run-rate stood at $2 billion, and slides shown to investors by Reuters projected $4 billion of sales for the year.', covers: '$4 billion', leavesOut: '$2 billion', credit: 'Reuters' },
  { how: '", and" with "seen by"', text: 'The lab booked $900 million in 2023, and budget papers seen by the Financial Times forecast $2.5 billion for 2024.', covers: '$2.5 billion', leavesOut: '$900 million', credit: 'Financial Times' },
  { how: '", but" with a name and its verb', text: 'The company guided to $5 billion of capex, but analysts polled by Bloomberg put the figure at $7 billion.', covers: '$7 billion', leavesOut: '$5 billion', credit: 'Bloomberg' },
  { how: '", while" with the name\'s article', text: 'Sales were $1.1 billion in the spring; $1.4 billion by July per The Information, while the FT put them at $1.6 billion.', covers: '$1.6 billion', leavesOut: '$1.1 billion', credit: 'FT' },
  { how: 'a semicolon', text: 'Capex ran at $3 billion a quarter; filings cited by Reuters showed $4.5 billion in the fourth.', covers: '$4.5 billion', leavesOut: '$3 billion', credit: 'Reuters' },
  // Near misses: the credit still covers the earlier figure (no figure it leaves out).
  { how: 'no figure after the credit: an afterthought', text: 'Revenue reached $2 billion, and profit was $300 million, according to Reuters.', covers: '$2 billion', credit: 'Reuters' },
  { how: 'no comma before "and"', text: 'Revenue reached $2 billion and slides seen by Reuters projected $4 billion.', covers: '$2 billion', credit: 'Reuters' },
  { how: 'the credit in the figure\'s own clause', text: 'Bloomberg reported revenue of $2 billion, and the company expects $4 billion next year.', covers: '$2 billion', credit: 'Bloomberg' },
];

describe('a credit in a later coordinated clause does not reach back', () => {
  it.each(CASES)('$how', (c) => {
    expect(credit(c.text, c.covers)).toBe(c.credit);
    if (c.leavesOut) expect(credit(c.text, c.leavesOut)).toBeUndefined();
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
