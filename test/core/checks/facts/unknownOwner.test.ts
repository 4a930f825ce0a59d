/**
 * A figure whose own noun phrase names another owner ("the UK's entire 2021 GDP of $3.1 trillion") is
 * that owner's; when the fact base does not know the owner, it is unverifiable, not a wrong period of
 * the sentence subject's figure (unknownOwner.ts). Bundled facts: McKinsey's generative-AI estimate
 * $2.6T–$4.4T a year (June 2023); Nvidia's fiscal 2024 revenue $60.9B.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2026-03-01';
const ESTIMATE = 'McKinsey estimated generative AI could add $2.6 trillion to $4.4 trillion a year to the global economy. ';

describe('a figure owned by a party the fact base does not know is unverifiable', () => {
  it.each([
    `${ESTIMATE}For scale, the firm compared the upper half of that range with the UK's entire 2021 GDP of $3.1 trillion.`,
    `${ESTIMATE}The firm set the top of that range beside the United Kingdom's 2021 output of about $3.1 trillion.`,
  ])('%s', (text) => {
    expect(draftFindings(text, DATE)).toEqual([]);
  });

  it("near miss: a known owner's figure is still checked", () => {
    expect(draftFindings("Nvidia's fiscal 2024 revenue of $80.9 billion was a record.", DATE)).toEqual(['$80.9 billion fact.value-mismatch error']);
  });

  it('near miss: the subject\'s own figure without another owner is still checked', () => {
    expect(draftFindings('McKinsey estimated in 2021 that generative AI could add $3.1 trillion a year to the global economy.', DATE)).not.toEqual([]);
  });
});

describe('en: an owner named without "of" after a possessive, with a measure the fact base does not track', () => {
  it.each([
    `${ESTIMATE}Its low end stands next to Italy GDP of $3.1 trillion in 2021.`,
    `${ESTIMATE}The middle of that band tops France's $3.1 trillion 2021 GDP.`,
    `${ESTIMATE}The middle of that band tops France's $3.1 trillion 2021 output, by a little.`,
    `${ESTIMATE}The middle of that band sits above France's $3.1 trillion GDP of 2021 and below two of it.`,
    `${ESTIMATE}Its low end is close to Canada's $3.1 trillion economy of 2021.`,
  ])('%s', (text) => {
    expect(draftFindings(text, DATE)).toEqual([]);
  });

  it("near miss: a known owner's figure before its measure is still checked", () => {
    expect(draftFindings("Nvidia's $80.9 billion fiscal 2024 revenue was a record.", DATE)).toEqual(['$80.9 billion fact.value-mismatch error']);
  });

  it("near miss: a known owner's figure with its year after the measure is still checked", () => {
    expect(draftFindings("Nvidia's $80.9 billion revenue of fiscal 2024 was a record.", DATE)).toEqual(['$80.9 billion fact.value-mismatch error']);
  });

  it("near miss: the subject's own possessive keeps the figure checked", () => {
    expect(draftFindings(`${ESTIMATE}The middle of that band tops McKinsey's $3.1 trillion 2021 estimate.`, DATE)).not.toEqual([]);
  });
});

describe('zh: a clause that opens with its own owner, year and measure does not borrow the previous clause\'s', () => {
  it.each([
    '麦肯锡估计生成式AI每年可创造4.4万亿美元的价值，英国2021年GDP约4.4万亿美元。',
    '麦肯锡估计生成式AI每年可创造4.4万亿美元的价值，日本2021年国防预算约4.4万亿美元。',
    '麦肯锡估计生成式AI每年可创造2.6万亿至4.4万亿美元的价值；作为参照，英国2021年GDP约3.1万亿美元。',
  ])('%s', (text) => {
    expect(draftFindings(text, DATE)).toEqual([]);
  });

  it.each([
    '麦肯锡估计生成式AI每年可创造2.6万亿至4.4万亿美元的价值。研究拿法国2021年GDP（约3.1万亿美元）作比较。',
    '麦肯锡估计生成式AI每年可创造2.6万亿至4.4万亿美元的价值，大致相当于英国2021年GDP（3.1万亿美元）。',
  ])('a bracketed figure glossing an owner, year and measure inside a clause: %s', (text) => {
    expect(draftFindings(text, DATE)).toEqual([]);
  });

  it('near miss: a glossed figure whose owner points back at the subject is still checked', () => {
    expect(draftFindings('麦肯锡估计生成式AI每年可创造2.6万亿至4.4万亿美元的价值。报告称其2021年的估计规模（3.1万亿美元）偏低。', DATE)).not.toEqual([]);
  });

  it('near miss: the subject named again keeps its figure checked', () => {
    expect(draftFindings('麦肯锡估计生成式AI每年可创造4.4万亿美元的价值，麦肯锡2021年估计约4.4万亿美元。', DATE)).toEqual(['4.4万亿美元 fact.wrong-period warning']);
  });
});
