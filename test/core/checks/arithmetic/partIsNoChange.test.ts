/**
 * A growth rate pairs two values of one measure at two periods. A part and the whole the sentence says
 * it is a share of ("about half of total revenue of $7.658 billion") are no such pair (statedPartOf.ts),
 * and a baseline's own date ("against $2.28 billion a year earlier") dates no later figure of the
 * sentence (bind/baselineDate.ts), so the total is not read as the year before's.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../../bind/helpers';
import { expectRelations, type RelationCase as Case } from './relationCase';

const DATE = '2025-02-20';
const run = (c: Case) => expectRelations(c, DATE);

describe('a part and its whole are no change', () => {
  it.each<[string, Case]>([
    ['en, the segment beside the total that grew', { text: 'In the fourth quarter of 2024 AMD had data-centre revenue of $3.86 billion against $2.28 billion a year earlier, a 69% rise, and about half of total revenue of $7.658 billion, which grew 24%.' }],
    ['en, a part of another period\'s whole', { text: 'Gaming revenue was $2.5 billion in the fourth quarter of 2023, about a third of total revenue of $7.7 billion in the fourth quarter of 2024, which grew 24%.' }],
    ['zh, 占…的一半', { text: '2023年第四季度游戏收入38亿美元，占2024年第四季度总营收77亿美元的一半，后者同比增长24%。' }],
  ])('not flagged: %s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, two periods of one measure, wrong rate', { text: "AMD's revenue in the fourth quarter of 2023 was $6.2 billion; in the fourth quarter of 2024 it was $7.7 billion, up 40%.", flagged: ['40%'] }],
    ['en, two periods of one measure, right rate', { text: "AMD's revenue in the fourth quarter of 2023 was $6.2 billion; in the fourth quarter of 2024 it was $7.7 billion, up 24%.", consistent: ['24%'] }],
  ])('%s', (_, c) => run(c));
});

describe("a baseline's date is its own", () => {
  const text = 'In the fourth quarter of 2024 AMD had data-centre revenue of $3.86 billion against $2.28 billion a year earlier, and total revenue of $7.658 billion.';
  it('dates the baseline', () => {
    expect(analyzedClaim(text, '$2.28 billion', DATE)?.period?.value.label).toMatch(/Q4 2023|a year earlier/);
  });
  it('not the figures after it', () => {
    expect(analyzedClaim(text, '$7.658 billion', DATE)?.period?.value.label).toBe('Q4 2024');
  });
});
