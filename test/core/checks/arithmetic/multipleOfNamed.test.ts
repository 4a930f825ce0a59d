/**
 * A multiple or fraction of a figure named only by whose it is ("five times Cognition", 约为微软的五分之一):
 * the base is the one like amount the paragraph binds to that company before the subject
 * (multipleOfNamed.ts). A base the draft never wrote, or two that give different answers, say nothing; the
 * reading is probable, so a warning at most.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-12-01');

describe('a multiple of a figure named by its company', () => {
  it.each<[string, Case]>([
    ['en, base in the sentence before, wrong', { text: 'Cognition raised $400 million at a $10.2 billion valuation in September. Cursor is now valued at $29.3 billion, five times Cognition.', flagged: ['five times'] }],
    ['en, the round size is no base for a valuation, right by rounding', { text: 'Cognition raised $400 million at a $10.2 billion valuation in September. Cursor is now valued at $29.3 billion, roughly three times Cognition.', consistent: ['three times'] }],
    ['en, a fraction of a possessive, wrong', { text: "Cognition was valued at $10.2 billion in September. Cursor is valued at $3 billion, about half of Cognition's.", flagged: ['half'] }],
    ['zh, a fraction, wrong', { text: '2019年微软资本开支约为800亿美元。谷歌同年资本开支约为525亿美元，约为微软的五分之一。', flagged: ['五分之一'] }],
    ['zh, a fraction, right by rounding', { text: '2019年微软资本开支约为800亿美元。谷歌同年资本开支约为525亿美元，约为微软的三分之二。', consistent: ['三分之二'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, a base the draft never wrote', { text: 'Cursor is now valued at $29.3 billion, five times Cognition.' }],
    ['en, two bases that give different answers', { text: 'Cognition was valued at $4 billion in March and at $10.2 billion in September. Cursor is now valued at $29.3 billion, five times Cognition.' }],
    ['en, the base in another paragraph', { text: 'Cognition raised $400 million at a $10.2 billion valuation in September.\n\nCursor is now valued at $29.3 billion, five times Cognition.' }],
    ['en, the subject is bound to the named company itself (an unknown company beside it)', { text: "Cognition was valued at $10.2 billion in September. Northwind Labs is valued at $3 billion, about half of Cognition's." }],
    ['zh, a base the draft never wrote', { text: '谷歌2024年资本开支约为525亿美元，约为微软的五分之一。' }],
    ['zh, the named company\'s figure is of another measure', { text: '2019年微软营收约为2450亿美元。谷歌同年资本开支约为525亿美元，约为微软的五分之一。' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning at most, with no fix', () => {
    const { findings } = check('2019年微软资本开支约为800亿美元。谷歌同年资本开支约为525亿美元，约为微软的五分之一。', { date: '2025-12-01' });
    const f = findings.find((x) => x.text === '五分之一')!;
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
  });
});
