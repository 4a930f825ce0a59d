/**
 * Four readings found by held-out set 6's false alarms, each tested on sentences of its own:
 * - a forecast that states one of a guidance's revisions states a guidance that was given, not a
 *   conflict between sources, nor the actual figure's "wrong metric" (judge.ts judgeAsPlan);
 * - a rate per period written once does not pass to the amounts coordinated after it ("$125 billion a
 *   year, of which $100 billion …", recognize/sharedPer.ts): only a price list's denominator does;
 * - a month dated relative to the document ("去年5月") anchors the year-less months after it
 *   (bind/periods.ts);
 * - a level whose fact spans a stretch of time the claim's period overlaps is not another period's
 *   figure (verdicts/wrongPeriod.ts).
 * Bundled facts: Amazon's 2025 capex guidance ~$100B (Feb), >$118B (Jul), ~$125B (Oct); Doubao's daily
 * tokens 1200亿 (May 2024), 1.3万亿+ (Sep 2024); OpenAI's ~$86B tender (late 2023 – early 2024).
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis, draftFindings } from '../../../helpers/draftFindings';
import { flaggedClaim } from '../../bind/flaggedClaim';

describe('a forecast stating one revision of a guidance is supported', () => {
  it.each([
    ['Amazon now expects capital expenditure of about $125 billion this year.', '2025-11-04'],
    ['In February, Amazon expected capital expenditure of roughly $100 billion for 2025.', '2025-11-04'],
    ['亚马逊预计2025年资本开支约为1250亿美元。', '2025-11-04'],
  ])('%s', (text, date) => {
    expect(draftFindings(text, date)).toEqual([]);
    expect(draftAnalysis(text, date).claims.map((c) => c.verdict)).toEqual(['supported']);
  });
});

describe('a rate per period written once is not shared with the amounts after it', () => {
  it.each([
    'Stargate: $500 billion over four years is $125 billion a year, of which only $100 billion was to be deployed at once.',
    'Stargate: $500 billion over four years is $125 billion a year, and $100 billion was committed on day one.',
    'Stargate: $500 billion over four years is $125 billion a year; $100 billion was to be deployed immediately.',
  ])('%s', (text) => {
    expect(draftFindings(text, '2025-11-12')).toEqual([]);
  });
  it('near miss: a wrong yearly average is still an error', () => {
    expect(draftFindings('Stargate: $500 billion over four years is $150 billion a year.', '2025-11-12')).toEqual(['$150 billion arith.ratio error']);
  });
});

describe('a month dated relative to the document anchors the year-less months after it', () => {
  it.each([
    ['豆包日均token使用量从去年5月的1200亿增长到9月的1.3万亿。', '1.3万亿'],
    ['豆包去年5月日均调用1200亿tokens，到9月日均token使用量已达1.3万亿。', '1.3万亿'],
  ])('%s', (text, figure) => {
    const { claim, verdicts } = flaggedClaim(text, figure, '2025-11-26');
    expect(claim?.period?.value.start).toBe('2024-09-01');
    expect(verdicts).toEqual([]);
  });
  it('near miss: a year-less month before it still takes the document year', () => {
    expect(flaggedClaim('9月，豆包日均token使用量达到1.3万亿。', '1.3万亿', '2025-11-26').claim?.period?.value.start).toBe('2025-09-01');
  });
});

describe('a level whose fact spans the claim period only in part is not another period', () => {
  it.each([
    ['| 时间 | 事件 | 估值 |\n|---|---|---|\n| 2024年初 | 员工股要约收购 | 约860亿美元 |\n', '860亿美元'],
    ['2024年初，OpenAI通过员工股要约收购获得约860亿美元估值。', '860亿美元'],
    ['In early 2024, an employee tender offer valued OpenAI at about $86 billion.', '$86 billion'],
  ])('%s', (text, figure) => {
    const { claim, verdicts } = flaggedClaim(text, figure, '2024-11-15');
    expect(claim?.metric?.value).toBe('valuation');
    expect(verdicts).toEqual([]);
  });
  it('near miss: a valuation of a wholly other period is still a wrong period', () => {
    expect(flaggedClaim('In 2025, an employee tender offer valued OpenAI at about $86 billion.', '$86 billion', '2025-11-15').verdicts).toEqual(['wrong-period']);
  });
});
