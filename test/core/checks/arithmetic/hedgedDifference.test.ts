/**
 * A difference the writer computed from two hedged figures counts the hedge once, on the stated result
 * (growth.ts differenceOutcome, periodDifference.ts; roundedHedge.ts oneHedgeOperand): the operands are
 * read at their written precision, the result keeps its own allowance.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-03-01');

describe('a difference of two hedged figures', () => {
  it.each<[string, Case]>([
    ['zh dated pair, three hedges, wrong', { text: '该集团去年的研发投入约为4410亿元，今年计划研发投入约为5630亿元，一年增加约1400亿元。', flagged: ['1400亿元'] }],
    ['en from/to, three hedges, wrong', { text: 'Contoso revenue rose from about $4.41 billion to about $5.63 billion, an increase of about $1.4 billion.', flagged: ['$1.4 billion'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['zh within the result\'s own hedge', { text: '该集团去年的研发投入约为4410亿元，今年计划研发投入约为5630亿元，一年增加约1200亿元。', consistent: ['1200亿元'] }],
    ['en within the result\'s own hedge', { text: 'Contoso revenue rose from about $4.41 billion to about $5.63 billion, an increase of about $1.2 billion.', consistent: ['$1.2 billion'] }],
  ])('not flagged: %s', (_, c) => run(c));
});
