/**
 * A year-earlier figure worked back from the current one and its growth rate (impliedBase.ts): current ÷
 * (1 + rate), or ÷ (1 − rate) for a fall. English must say it works back ("which puts", "implying");
 * Chinese names 上年同期/去年同期, in the same clause or one opened by 照此推算. A sequential rate, a contrast
 * or another measure reads nothing.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-11-20');

describe('a year-earlier figure worked back from a growth rate', () => {
  it.each<[string, Case]>([
    ['en, a rise, wrong', { text: "Northwind's net income was $374.7 million, up 57% year on year, which puts the year-earlier quarter at about $290 million.", flagged: ['$290 million'] }],
    ['en, a rise, right', { text: "Northwind's net income was $374.7 million, up 57% year on year, which puts the year-earlier quarter at about $239 million.", consistent: ['$239 million'] }],
    ['en, a fall, wrong', { text: "Northwind's revenue was $120 million, down 20% from a year earlier, putting the prior-year figure at roughly $100 million.", flagged: ['$100 million'] }],
    ['en, a fall, right', { text: "Northwind's revenue was $120 million, down 20% from a year earlier, putting the prior-year figure at roughly $150 million.", consistent: ['$150 million'] }],
    ['en, "was up", implying, wrong', { text: "Northwind's quarterly net income of $374.7 million was up 57% year over year, implying a year-earlier figure of about $290 million.", flagged: ['$290 million'] }],
    ['zh, 照此推算, wrong', { text: '诺风净利润3746.8亿元，同比增长57%，照此推算上年同期约为2900亿元。', flagged: ['2900亿元'] }],
    ['zh, 照此推算, right', { text: '诺风净利润3746.8亿元，同比增长57%，照此推算上年同期约为2390亿元。', consistent: ['2390亿元'] }],
    ['zh, past a margin, in a 照此 clause, wrong', { text: '诺风净利润3746.8亿元，同比增长57%，净利率约43%；照此推算，上年同期净利润约为2900亿元。', flagged: ['2900亿元'] }],
    ['zh, a fall, right', { text: '诺风营收120亿元，同比下降20%，去年同期约为150亿元。', consistent: ['150亿元'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['zh, a sequential rate', { text: '诺风净利润3746.8亿元，环比增长57%，上年同期约为2900亿元。' }],
    ['zh, a contrast', { text: '诺风净利润3746.8亿元，同比增长57%，而上年同期的营收约为2900亿元。' }],
    ['zh, another measure named', { text: '诺风净利润3746.8亿元，同比增长57%，上年同期营收约为2900亿元。' }],
    ['en, no working back, another measure', { text: "Northwind's revenue was $120 million, up 20%, and costs a year earlier were $150 million." }],
  ])('not flagged: %s', (_, c) => run(c));
});

describe('a stated difference from the year-earlier figure is checked as the difference', () => {
  it.each<[string, Case]>([
    ['zh, 比上年多出约, right', { text: '诺风2024财年营收609.22亿元，同比增长126%，比上年多出约339.5亿元。', consistent: ['339.5亿元'] }],
    ['zh, 比上年多出约, wrong', { text: '诺风2024财年营收609.22亿元，同比增长126%，比上年多出约270亿元。', flagged: ['270亿元'] }],
    ['zh, a fall, 较上年减少了, right', { text: '诺风营收120亿元，同比下降20%，较上年减少了30亿元。', consistent: ['30亿元'] }],
    ['en, the increase over the prior year, right', { text: "Northwind's revenue was $60.92 billion, up 126% year on year, which puts the increase over the prior year at about $33.95 billion.", consistent: ['$33.95 billion'] }],
    ['en, the increase over the prior year, wrong', { text: "Northwind's revenue was $60.92 billion, up 126% year on year, which puts the increase over the prior year at about $27 billion.", flagged: ['$27 billion'] }],
    // The level reading is unchanged: a year-earlier figure written as the difference's value is still wrong.
    ['zh, the level itself, still flagged', { text: '诺风2024财年营收609.22亿元，同比增长126%，照此推算上年约为339.5亿元。', flagged: ['339.5亿元'] }],
  ])('%s', (_, c) => run(c));
});
