/**
 * A multiple of one company's figure over another's, both named only by the companies ("谷歌是亚马逊的3倍",
 * "so o1's output is about 27 times R1's"): the operands are the one like figure the binder gives each
 * company in the sentence, narrowed to the price side the words name, one measure and one period
 * (namedPairMultiple.ts). Anything but one answer says nothing; the reading is probable, a warning at most.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-12-01');

describe('a multiple of one named company over another', () => {
  it.each<[string, Case]>([
    ['zh, counts in one sentence, wrong', { text: '据一家咨询公司估算，2024年谷歌买了约16万块GPU，亚马逊约10万块，谷歌是亚马逊的3倍。', flagged: ['3倍'] }],
    ['zh, counts in one sentence, right', { text: '据一家咨询公司估算，2024年谷歌买了约16万块GPU，亚马逊约10万块，谷歌是亚马逊的1.6倍。', consistent: ['1.6倍'] }],
    ['en, the output side named, wrong', { text: 'o1 lists at $15 in and $60 out per million tokens; R1 lists at $0.55 in and $2.19 out, so o1 output is about 40 times R1\'s.', flagged: ['40 times'] }],
    ['en, one price each, right', { text: 'o1 charges $60 per million output tokens; R1 charges $2.19, so o1 output is about 27 times R1\'s.', consistent: ['27 times'] }],
    ['en, two prices each and no side named: like with like gives one answer', { text: 'o1 lists at $15 in and $60 out per million tokens; R1 lists at $0.55 in and $2.19 out, so o1 is about 40 times R1.', flagged: ['40 times'] }],
    ['en, one price each, wrong', { text: 'o1 charges $60 per million output tokens; R1 charges $2.19, so o1 output is about 45 times R1\'s.', flagged: ['45 times'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['zh, the base company has no figure', { text: '据一家咨询公司估算，2024年谷歌买了约16万块GPU，谷歌是亚马逊的3倍。' }],
    ['zh, the subject names a time of its own', { text: '据一家咨询公司估算，2024年谷歌买了约16万块GPU，亚马逊约10万块，谷歌去年是亚马逊的3倍。' }],
    ['zh, an amount right before the multiple is another reader\'s shape', { text: '2024年谷歌买了约16万块GPU，亚马逊约10万块，谷歌约为亚马逊的1.6倍。', consistent: ['1.6倍'] }],
    ['zh, two pairs that give different answers', { text: '据一家咨询公司估算，谷歌买了约16万块GPU，后来又买了约30万块；亚马逊约10万块，谷歌是亚马逊的3倍。' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning at most, with no fix', () => {
    const { findings } = check('据一家咨询公司估算，2024年谷歌买了约16万块GPU，亚马逊约10万块，谷歌是亚马逊的3倍。', { date: '2025-12-01' });
    const f = findings.find((x) => x.text === '3倍')!;
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
  });
});
