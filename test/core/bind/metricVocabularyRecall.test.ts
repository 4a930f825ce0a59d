/**
 * Words of data/metrics.yaml that name a measure in the way writers put it (session 10, issue #4): a
 * "serviceable market" is a market size, what something "could add" to the world economy is its
 * economic value, "N people a week" are weekly users, "values it at" a valuation, "capital projects"
 * capital expenditure, 中间价 and 月均价 exchange rates. Each admits only its own kinds.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim } from './flaggedClaim';

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

describe('a purchase of computing power or cloud capacity is a deal (session 15)', () => {
  it('binds the amount bought to the deal value', () => {
    expect(metricOf('The lab agreed to buy $20 billion of computing power from a cloud provider over four years.', '$20 billion')).toBe('deal.value');
    expect(metricOf('The start-up will buy $6 billion of cloud capacity over five years.', '$6 billion')).toBe('deal.value');
  });

  it('a misattributed one is flagged, the right source is not', () => {
    const wrong = flaggedClaim('According to Bloomberg, OpenAI agreed to buy $300 billion of computing power from Oracle in September 2025.', '$300 billion', '2025-11-01');
    expect(wrong.claim?.metric?.value).toBe('deal.value');
    expect(wrong.verdicts).toContain('misattributed');
    expect(flaggedClaim('According to the Wall Street Journal, OpenAI agreed to buy $300 billion of computing power from Oracle in September 2025.', '$300 billion', '2025-11-01').verdicts).toEqual([]);
  });

  it('not a capacity measured in power', () => {
    expect(metricOf('The campus will add 2 GW of compute capacity by 2027.', '2 GW')).not.toBe('deal.value');
  });
});

describe('monthly revenue is revenue (session 15)', () => {
  it('in prose and in a table row label', () => {
    expect(metricOf('Its monthly revenue in March 2024 was $2 million.', '$2 million')).toBe('revenue');
    expect(metricOf('| Item | Value |\n|---|---|\n| Monthly revenue, March 2024 | $2M |\n', '$2M')).toBe('revenue');
  });
});
