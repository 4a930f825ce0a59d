/**
 * A frequency that qualifies a users noun from a distance (bind/usageFrequency.ts): a product name
 * between the frequency word and the noun, the frequency after the noun, or a Chinese frequency adverb
 * before the verb and the figure. The count is the weekly (monthly) one, never the generic users count.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flagged } from '../../helpers/flagged';

const DATE = '2025-11-01';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('a frequency written apart from the users noun sets its metric', () => {
  const cases = [
    { how: 'a product name between "weekly" and "users"', text: 'By the summer the assistant counted 600 million weekly ChatGPT users.', figure: '600 million weekly ChatGPT users', metric: 'users.weekly' },
    { how: 'a two-word name between "monthly" and "users"', text: 'The company said it had 1 billion monthly Meta AI users in May.', figure: '1 billion', metric: 'users.monthly' },
    { how: '"each week" after the noun', text: 'ChatGPT reached 700 million users each week in August.', figure: '700 million users', metric: 'users.weekly' },
    { how: '每周有 before the figure', text: '据公司介绍，ChatGPT每周有7亿用户。', figure: '7亿用户', metric: 'users.weekly' },
    { how: '每个月约有 before the figure', text: '该应用每个月约有3亿用户。', figure: '3亿用户', metric: 'users.monthly' },
  ];
  for (const { how, text, figure, metric } of cases) it(how, () => expect(metricOf(text, figure)).toBe(metric));
});

describe('"paying" written apart from the users noun makes it the paying users', () => {
  it('a product name between "paying" and "users"', () => {
    expect(metricOf('OpenAI said it had 3 million paying ChatGPT users.', '3 million paying ChatGPT users')).toBe('users.paid');
  });
  it('a product name and "business" between: "paying business users"', () => {
    expect(metricOf('Paying ChatGPT business users went from 3 million in June to 5 million in August.', '3 million')).toBe('users.paid');
  });
  it('付费 before the product name', () => {
    expect(metricOf('OpenAI称已有300万付费ChatGPT用户。', '300万')).toBe('users.paid');
  });
  it('a lower-case word the vocabulary does not join with the qualifier keeps the noun', () => {
    expect(metricOf('It counted 20 million weekly ChatGPT paying users.', '20 million')).not.toBe('users.weekly');
  });
  it('the right paying-users figures raise nothing', () => {
    expect(flagged('Paying ChatGPT business users went from 3 million in June to 5 million in August, +67% in two months.', '2025-11-28')).toEqual([]);
  });
});

describe('near misses keep the noun as written', () => {
  it('no frequency: the users count', () => {
    expect(metricOf('The company said it had 500 million ChatGPT users in total.', '500 million ChatGPT users')).toBe('users.total');
  });
  it('a lower-case word between is no name: "weekly paying users" are paying users', () => {
    expect(metricOf('It counted 20 million weekly paying users.', '20 million weekly paying users')).not.toBe('users.weekly');
  });
  it('每周 that qualifies another verb, far from the figure', () => {
    expect(metricOf('公司每周发布新功能，目前ChatGPT有8亿用户。', '8亿用户')).toBe('users.total');
  });
  it('每天 has no daily-users metric in the vocabulary: the noun as written', () => {
    expect(metricOf('这款应用每天有1亿用户。', '1亿用户')).toBe('users.total');
  });
});

describe('the right weekly figure raises nothing', () => {
  it('en', () => expect(flagged('In late March 2025 there were 500 million weekly ChatGPT users.', DATE)).toEqual([]));
  it('zh', () => expect(flagged('2025年10月的开发者大会上，奥特曼说ChatGPT每周有8亿用户。', DATE)).toEqual([]));
});
