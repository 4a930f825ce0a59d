/**
 * A multiple of a measure the sentence names and figures (multipleOfMeasure.ts): "at $X, that's N times
 * ARR", "valued at $X, about N times revenue of $Y". Every figure written after the measure's name in its
 * clause is a reading; a name no figure of the sentence follows reads nothing. Probable: a warning, no fix.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-11-20');

describe('a multiple of a named measure', () => {
  it.each<[string, Case]>([
    ['en, ARR went from … to …, wrong', { text: 'Northwind says ARR went from $150 million to $300 million this year; at $9 billion, that’s about 20 times ARR.', flagged: ['20 times'] }],
    ['en, ARR went from … to …, right', { text: 'Northwind says ARR went from $150 million to $300 million this year; at $9 billion, that’s about 30 times ARR.', consistent: ['30 times'] }],
    ['en, Nx revenue, wrong', { text: "Northwind's revenue was $300 million last year, and at $9 billion, that's roughly 20x revenue.", flagged: ['20x'] }],
    ['en, Nx revenue, right', { text: "Northwind's revenue was $300 million last year, and at $9 billion, that's roughly 30x revenue.", consistent: ['30x'] }],
    ['en, revenue of $Y after the multiple, wrong', { text: 'Northwind is valued at $9 billion, about 20 times revenue of $300 million.', flagged: ['20 times'] }],
    ['en, revenue of $Y after the multiple, right', { text: 'Northwind is valued at $9 billion, about 30 times revenue of $300 million.', consistent: ['30 times'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, the measure has no figure in the sentence', { text: 'Northwind is valued at $9 billion, about 20 times revenue.' }],
    ['en, either figure of the measure explains it', { text: 'Northwind says ARR went from $150 million to $300 million this year; at $9 billion, that’s about 60 times ARR.' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning with no fix', () => {
    const f = check('Northwind is valued at $9 billion, about 20 times revenue of $300 million.', { date: '2025-11-20' }).findings[0];
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
  });
});
