/**
 * Words of data/metrics.yaml that name a measure in the way writers put it (session 10, issue #4): a
 * "serviceable market" is a market size, what something "could add" to the world economy is its
 * economic value, "N people a week" are weekly users, "values it at" a valuation, "capital projects"
 * capital expenditure, 中间价 and 月均价 exchange rates. Each admits only its own kinds.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string, date = '2025-03-01') => analyzedClaim(text, figure, date)?.metric?.value;

describe('market size: a serviceable market', () => {
  it('binds the figure a company puts on its serviceable market', () => {
    expect(metricOf('The chipmaker sized its serviceable market at $40 billion to $50 billion for 2027.', '$40 billion to $50 billion')).toBe('market-size');
  });

  it('not a share of that market', () => {
    expect(metricOf('The chipmaker expects 20% of its serviceable market by 2027.', '20%')).not.toBe('market-size');
  });
});

describe('economic value: what a technology could add', () => {
  it('English', () => {
    expect(metricOf('A consultancy estimated that robotics could add $1 trillion to $2 trillion a year.', '$1 trillion to $2 trillion')).toBe('economic-value');
    expect(metricOf('Automation may bring $3 trillion a year to the world economy, one bank said.', '$3 trillion')).toBe('economic-value');
  });

  it('Chinese', () => {
    expect(metricOf('一家咨询公司估计，机器人每年可为全球经济带来1万亿美元。', '1万亿美元')).toBe('economic-value');
  });

  it('not a count it could add', () => {
    expect(metricOf('The cloud could add 50,000 GPUs next year.', '50,000 GPUs')).not.toBe('economic-value');
  });
});

describe('users counted per week or month', () => {
  it('"people a week" are weekly users, "users a month" monthly ones', () => {
    expect(metricOf('The chatbot now reaches 300 million people a week.', '300 million people')).toBe('users.weekly');
    expect(metricOf('The assistant has 50 million users a month.', '50 million users')).toBe('users.monthly');
  });
});

describe('a valuation put as a verb', () => {
  it('"values it at", "which values X at"', () => {
    expect(metricOf('Investors value it at around $20 billion.', '$20 billion')).toBe('valuation');
    expect(metricOf('The deal, which values the startup at about $12 billion, closed in May 2025.', '$12 billion')).toBe('valuation');
  });
});

describe('capex: capital projects', () => {
  it('binds spending on capital projects', () => {
    expect(metricOf('Amazon spent about $80 billion on capital projects in 2024.', '$80 billion')).toBe('capex');
  });
});

describe('exchange rates: the central parity and a monthly average', () => {
  it('Chinese', () => {
    expect(metricOf('12月31日公布的中间价为7.1000。', '7.1000')).toBe('fx.rate');
    expect(metricOf('11月的月均价为7.2000。', '7.2000')).toBe('fx.rate');
  });
});
