/**
 * A whole and a part of it named in one clause run (session 24, ofWhich.ts): "…, of which X owns P%: about
 * R", "…, and X was P% of it, or about R", "…，X持有P，对应约R", and "…, of which X took R — about P of the
 * total".
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a part of a whole, of which', () => {
  it.each<[string, Case]>([
    ['of which … own P: R, wrong', { text: 'The data-centre venture is $40 billion, of which the pension funds own 60%: $30 billion of the project.', flagged: ['$30 billion'] }],
    ['of which … own P: R, right', { text: 'The data-centre venture is $40 billion, of which the pension funds own 60%: $24 billion of the project.', consistent: ['$24 billion'] }],
    ['and X was P of it, or R, wrong', { text: 'Search revenue was $50 billion, and the AI tier was 8% of it, or about $6 billion.', flagged: ['$6 billion'] }],
    ['and X was P of it, or R, right', { text: 'Search revenue was $50 billion, and the AI tier was 8% of it, or about $4 billion.', consistent: ['$4 billion'] }],
    ['持有P，对应R, wrong', { text: '这个园区项目总投资300亿元，一家保险基金持有项目公司40%，对应150亿元。', flagged: ['150亿元'] }],
    ['持有P，对应R, right', { text: '这个园区项目总投资300亿元，一家保险基金持有项目公司40%，对应120亿元。', consistent: ['120亿元'] }],
    ['of which X took R — P of the total, wrong', { text: 'Venture funding reached $80 billion, of which robotics took $6 billion — about 15% of the total.', flagged: ['15%'] }],
    ['of which X took R — P of the total, right', { text: 'Venture funding reached $80 billion, of which robotics took $6 billion — about 7.5% of the total.', consistent: ['7.5%'] }],
    ['contributing R of it, a fraction of the round, wrong', { text: 'The fund led the €2 billion round, contributing €0.5 billion of it, about half of the round.', flagged: ['half'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    // "and X was P%" with no "of it" names no whole: the share may be of anything.
    ['and X was P, no "of it"', { text: 'Search revenue was $50 billion, and the AI tier was 8%, or about $6 billion.' }],
    // A bare comma after the share may start a new figure.
    ['a bare comma after the share', { text: 'The venture is $40 billion, of which the funds own 60%, $10 billion more than last year.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
