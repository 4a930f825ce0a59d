/**
 * A mean in brackets right after the stretch (checks/arithmetic/stretchAside.ts, read by average.ts): a square
 * bracket restates like a parenthesis, and a start date of the stretch may stand before it. Another
 * statement between the stretch and the bracket leaves it unread.
 */
import { describe, it } from 'vitest';
import { expectRelations } from './relationCase';

const LEASE = 'The lease is worth $84 billion over';
const read = (text: string, wrong: boolean) => expectRelations(wrong ? { text, flagged: ['$16 billion'] } : { text, consistent: ['$12 billion'] }, '2025-11-20');

describe('a yearly mean in brackets after its stretch', () => {
  it('in a square bracket', () => {
    read(`${LEASE} about seven years [$16 billion a year].`, true);
    read(`${LEASE} about seven years [$12 billion a year].`, false);
  });
  it('after a start year of the stretch', () => {
    read(`${LEASE} seven years from 2028 [about $16 billion a year].`, true);
    read(`${LEASE} seven years starting in 2028 (about $12 billion a year).`, false);
  });
  it('not after another statement', () => {
    expectRelations({ text: `${LEASE} about seven years, and the utility gets a bonus [$16 billion a year].` }, '2025-11-20');
  });
});
