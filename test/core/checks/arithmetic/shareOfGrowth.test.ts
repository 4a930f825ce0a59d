/**
 * The share of a growth rate that a contribution in percentage points makes (shareOfGrowth.ts): points
 * over the rate they are part of, when the share says it is "of the growth" / "占…增速的", or names the rate
 * inside its own phrase ("more than half of Azure's 33% growth").
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a share of a growth rate', () => {
  it.each<[string, Case]>([
    ['en, P of G points, a fraction of the growth, right', { text: "In the March quarter cloud was 9 of the segment's 36 points, a quarter of the growth.", consistent: ['a quarter'] }],
    ['en, P of G points, a fraction of the growth, wrong', { text: "In the March quarter cloud was 9 of the segment's 36 points, a third of the growth.", flagged: ['a third'] }],
    ['en, share then (P of G points), right', { text: "Cloud accounted for about half of the segment's growth (12 of 25 points).", consistent: ['half'] }],
    ['en, share then (P of G points), wrong', { text: "Cloud accounted for about half of the segment's growth (12 of 40 points).", flagged: ['half'] }],
    ['en, the growth rate and the contribution, right', { text: 'The segment grew 40% and cloud contributed 10 points, a quarter of the growth.', consistent: ['a quarter'] }],
    ['en, the growth rate and the contribution, wrong', { text: 'The segment grew 40% and cloud contributed 10 points, about 40% of the growth.', flagged: ['40%'] }],
    ['zh, 贡献…个百分点，占增速的, right', { text: '去年四季度，云业务增长40%，其中AI贡献10个百分点，占增速的25%。', consistent: ['25%'] }],
    ['zh, 贡献…个百分点，占增速的, wrong', { text: '去年四季度，云业务增长40%，其中AI贡献10个百分点，占增速的约40%。', flagged: ['40%'] }],
    ['zh, 占…增速G的S, right', { text: '第二季度AI贡献12个百分点，占当季云业务增速36%的三分之一。', consistent: ['三分之一'] }],
    ['zh, 占…增速G的S, wrong', { text: '第二季度AI贡献12个百分点，占当季云业务增速36%的50%。', flagged: ['50%'] }],
    ['en, points added, S of the segment’s G% growth, wrong', { text: "Cloud added 12 points in the quarter, more than half of the segment's 36% growth.", flagged: ['half'] }],
    ['en, points added, S of the segment’s G% growth, right', { text: "Cloud added 12 points in the quarter, a third of the segment's 36% growth.", consistent: ['a third'] }],
    ['en, points contributed, S of its G% revenue growth, wrong', { text: 'Cloud contributed 9 points, about half of its 36% revenue growth.', flagged: ['half'] }],
    ['zh, a level of points then the rate, wrong', { text: '这一数字升至14个百分点，当季云业务整体增长35%，AI已占增速的约60%。', flagged: ['60%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, points that are a margin move, not a contribution', { text: 'Revenue grew 40%, the margin rose 2 points, and cloud was about 40% of the growth.' }],
    ['zh, points after a change-by verb', { text: '营收增长40%，毛利率提升了2个百分点，云业务占增长的约40%。' }],
    ['zh, the rate in another clause', { text: '云业务增长33%；AI为16个百分点，占当季增速的30%。' }],
    ['zh, two contributions in the clause', { text: '云业务增长31%、AI贡献了9个百分点，数据库贡献8个百分点，占增速的35%。' }],
    ['en, a rate inside the share, but the part is a percentage', { text: "Cloud grew 12% in the quarter, more than half of the segment's 36% growth." }],
    ['en, a rate inside the share, but the points are no contribution', { text: "Margins rose 12 points, more than half of the segment's 36% growth." }],
    ['en, a rate inside the share, but it is no growth rate', { text: "Cloud added 12 points, more than half of the segment's 36% margin." }],
  ])('not flagged: %s', (_, c) => run(c));
});
