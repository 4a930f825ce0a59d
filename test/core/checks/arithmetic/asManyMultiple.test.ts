/**
 * "N times as many" with no base named (asManyMultiple.ts): the subject is the company the clause opens with,
 * the base the other company the sentence set beside it, each paired with the figure right after its name.
 * A named base, a third amount, a company with no figure, and nothing is said; probable, a warning at most.
 */
import { describe, it } from 'vitest';
import { expectProbable, expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-12-01');

describe('a multiple "as many" of the other company set beside it', () => {
  it.each<[string, Case]>([
    ['one sentence, wrong', { text: 'Analysts had Google buying about 300,000 accelerators in 2024 and Amazon about 150,000, so Google bought 3.5 times as many.', flagged: ['3.5 times'] }],
    ['one sentence, right', { text: 'Analysts had Google buying about 300,000 accelerators in 2024 and Amazon about 150,000, so Google bought 2 times as many.', consistent: ['2 times'] }],
    ['after a semicolon, with an adverb, wrong', { text: 'Analysts think Google bought about 300,000 accelerators in 2024 and Amazon about 150,000; Google therefore took 3.5 times as many.', flagged: ['3.5 times'] }],
    ['the subject is the second company, right', { text: 'Analysts had Google buying about 100,000 accelerators in 2024 and Amazon about 250,000, so Amazon bought 2.5 times as much.', consistent: ['2.5 times'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['a third amount', { text: 'Analysts had Google buying about 300,000 accelerators in 2024, Amazon about 150,000 and Oracle about 90,000, so Google bought 3.5 times as many.' }],
    ['the subject company has no figure', { text: 'Analysts had Google buying about 300,000 accelerators in 2024 and Amazon about 150,000, so Oracle bought 3.5 times as many.' }],
    ['figures of two currencies', { text: 'Google spent $30 billion in 2024 and Alibaba ¥50 billion, so Google spent 3.5 times as much.' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning at most, with no fix', () => expectProbable('Analysts had Google buying about 300,000 accelerators in 2024 and Amazon about 150,000, so Google bought 3.5 times as many.', '3.5 times', '2025-12-01'));
});
