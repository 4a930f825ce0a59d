/**
 * dailyAnnualized.ts: a day's amount carried to a year in a later sentence that says it works from it
 * (照此推算, 按此年化, 若按…年化): the year's amount is the day's × 365. A day's amount of another measure, two
 * day amounts to choose from, or no such words, and nothing is read.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe("a day's amount carried to a year", () => {
  it.each<[string, Case]>([
    ['照此推算, the sentence before, wrong', { text: '某平台公布了单日数据：日理论收入30万美元，成本5万美元。照此推算，全年理论收入约1.5亿美元。', flagged: ['1.5亿美元'] }],
    ['照此推算, the sentence before, right', { text: '某平台公布了单日数据：日理论收入30万美元，成本5万美元。照此推算，全年理论收入约1.1亿美元。', consistent: ['1.1亿美元'] }],
    ['若按…年化, two sentences back, right', { text: '某平台的理论日收入为30万美元，成本5万美元。换算成毛利率约83%。若按理论收入年化，一年约1亿美元。', consistent: ['1亿美元'] }],
    ['按此年化 in the same sentence, wrong', { text: '30万美元是实际日收入，按此年化约1.5亿美元。', flagged: ['1.5亿美元'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['the day amount is of another measure', { text: '某平台的日成本约5万美元。照此推算，全年理论收入约1.5亿美元。' }],
    ['two day amounts of the measure', { text: '甲平台日收入30万美元，乙平台日收入20万美元。照此推算，全年收入约1.5亿美元。' }],
    ['no words working from the figure before', { text: '某平台日理论收入30万美元。公司全年理论收入约1.5亿美元。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
