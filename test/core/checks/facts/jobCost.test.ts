/**
 * A price is a rate; what a stated job costs is a total (jobCost.ts). A money figure with no denominator
 * is judged as a per-million-token price only when nothing frames it as the cost of one job: a verb of
 * spending or a sum, a definite part of the job as the subject of a verb of cost, the shared verb of
 * such a figure just before it, or the job's size in tokens in the same sentence (both sides at once too,
 * "N input and output tokens each"). With the bundled facts
 * (GPT-4 Turbo $10 / $30 per 1M tokens).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-09-15';
const ALL = ['error', 'warning', 'information'] as const;

describe('the cost of a job is not a per-unit price', () => {
  it.each([
    'Run on GPT-4 Turbo, the input costs $1.60 and the output six cents.',
    'We spent $1.60 on GPT-4 Turbo input and six cents on output.',
    'Sending GPT-4 Turbo 160,000 tokens of input costs $1.60.',
    'On GPT-4 Turbo the whole summary comes to $1.66 in total.',
  ])('English: %s', (sentence) => {
    expect(draftFindings(sentence, DATE, ALL)).toEqual([]);
  });

  it.each([
    '在GPT-4 Turbo上跑完这份报告，输入花1.6美元，输出6美分。',
    '在GPT-4 Turbo上，输入16万个token共计1.6美元。',
    '这次调用GPT-4 Turbo，输出总共花了6美分。',
  ])('Chinese: %s', (sentence) => {
    expect(draftFindings(sentence, DATE, ALL)).toEqual([]);
  });

  it.each([
    'Suppose a chatbot session burns 2 million input and output tokens each: on GPT-4 Turbo it comes to $80.',
    '假设一次批处理各消耗200万输入与输出token：放在GPT-4 Turbo上要80美元。',
  ])('a job sized in both sides of the token: %s', (sentence) => {
    expect(draftFindings(sentence, DATE, ALL)).toEqual([]);
  });

  it('near miss: both sides as a denominator keep the figures prices, still judged', () => {
    expect(draftFindings('GPT-4 Turbo的输入价格为每100万输入/输出token 60美元。', DATE).length).toBeGreaterThan(0);
  });

  it('still judges a bare price a list gives, with no job in sight', () => {
    expect(draftFindings('GPT-4 Turbo charges $10 for input and $60 for output.', DATE)).toEqual(['$60 fact.value-mismatch error']);
    expect(draftFindings('The GPT-4 Turbo output price is $60.', DATE)).toEqual(['$60 fact.value-mismatch error']);
    expect(draftFindings('在GPT-4 Turbo上，输出价格为60美元。', DATE)).toEqual(['60美元 fact.value-mismatch warning']);
  });

  it('a job size written as a denominator is a rate, still judged', () => {
    expect(draftFindings('GPT-4 Turbo charges $60 per million output tokens.', DATE).length).toBeGreaterThan(0);
  });
});

describe('a price of another unit is not the per-unit price', () => {
  // H100 facts are priced per GPU: a price per teraflop, per watt or per rack position is another measure.
  it.each([
    'At list price an H100 costs about $30 per dense BF16 teraflop.',
    'An H100 works out to roughly $40 per watt of board power.',
    'Per dollar, the H100 costs $12 per sparse teraflop at list price.',
  ])('English: %s', (sentence) => {
    expect(draftFindings(sentence, '2024-06-01', ALL)).toEqual([]);
  });

  it('Chinese: 每 + another unit before the figure', () => {
    expect(draftFindings('按标价算，H100每瓦约40美元。', '2024-06-01', ALL)).toEqual([]);
  });

  it('near misses: a price per card or unit, apiece, or bare is still judged', () => {
    for (const per of ['per card', 'per unit', 'a unit', 'apiece', '']) {
      expect(draftFindings(`An H100 cost about $30 ${per} in 2023.`, '2024-06-01').length).toBeGreaterThan(0);
    }
  });
});

describe('a denominator fronted before the comma prices the figures after it', () => {
  it('"Per dense TFLOP, an H100 costs about $30", "Per teraflop, …"', () => {
    expect(draftFindings('Per dense TFLOP, an H100 costs about $30 at list price.', '2024-06-01', ALL)).toEqual([]);
    expect(draftFindings('Per teraflop of dense compute, the H100 comes to roughly $30.', '2024-06-01', ALL)).toEqual([]);
  });

  it('near misses: the item\'s own price "at" a figure, a fronted "per GPU", and no fronted denominator are still judged', () => {
    expect(draftFindings('Per dense TFLOP, an H100 at $30 costs about $0.03.', '2024-06-01').length).toBeGreaterThan(0);
    expect(draftFindings('Per GPU, an H100 cost about $30 in 2023.', '2024-06-01').length).toBeGreaterThan(0);
    expect(draftFindings('By our count, an H100 cost about $30 in 2023.', '2024-06-01').length).toBeGreaterThan(0);
  });
});

describe('a list under a lead that states the job size holds bills, not prices', () => {
  // Price times volume: the lead states the volume once, the items the monthly bill per model.
  it('English: the items of a list led by a monthly token volume', () => {
    const draft = 'A chatbot that reads 200 million input tokens and writes 50 million output tokens a month:\n\n- On GPT-4 Turbo: input $2,000, output $1,500, total $3,500.\n';
    expect(draftFindings(draft, DATE, ALL)).toEqual([]);
  });

  it('Chinese: the items of a list led by 每月消耗…输入token', () => {
    const draft = '设想一个写作助手每月消耗2亿输入token、5000万输出token：\n\n- 用GPT-4 Turbo：输入2000美元，输出1500美元，合计3500美元。\n';
    expect(draftFindings(draft, DATE, ALL)).toEqual([]);
  });

  it('the job size in the same sentence, with the part named before the unit', () => {
    expect(draftFindings('GPT-4 Turbo input: 200 million input tokens, $2,000.', DATE, ALL)).toEqual([]);
    expect(draftFindings('在GPT-4 Turbo上，2亿输入token的输入费用为2000美元。', DATE, ALL)).toEqual([]);
  });

  it('near misses: a lead that names a denominator, or no lead, leaves the items prices', () => {
    const checks = (draft: string) => draftFindings(draft, DATE).map((f) => f.replace(/ (?:error|warning)$/, ''));
    expect(checks('List prices per 1 million input tokens:\n\n- GPT-4 Turbo: input $10, output $60.\n')).toEqual(['$60 fact.value-mismatch']);
    expect(checks('每100万输入token的标价：\n\n- GPT-4 Turbo：输入10美元，输出60美元。\n')).toEqual(['60美元 fact.value-mismatch']);
    expect(checks('List prices:\n\n- GPT-4 Turbo: input $10, output $60.\n')).toEqual(['$60 fact.value-mismatch']);
  });
});
