/**
 * Trigger words of data/metrics.yaml that editors use for a measure without naming it: a company's
 * "exit" is the value of its sale, "new business" and a "contribution" (增量) are incremental revenue,
 * "data-center" is the hyphenated data center. Each admits money only: a share or a count near the
 * same word is not that measure.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-03-01');
const metricOf = (text: string, figure: string) => claimOf(text, figure)?.metric?.value;

describe('deal value: an exit', () => {
  it('reads the amount of an exit as the deal value, and checks its attribution', () => {
    const c = claimOf("Inflection's exit: $650 million from Microsoft, according to CNBC.", '$650 million');
    expect(c?.metric?.value).toBe('deal.value');
    expect(c?.verdict).toBe('misattributed');
  });

  it('not a percentage', () => {
    expect(metricOf("Inflection's exit rate was 5% in 2024.", '5%')).not.toBe('deal.value');
  });
});

describe('incremental revenue: new business, a contribution, 增量', () => {
  it('English', () => {
    expect(metricOf("That is $656 million of new business for Baidu's AI Cloud in a single quarter.", '$656 million')).toBe('revenue.incremental-ai');
    expect(metricOf('Management hinted that the full-year contribution was RMB 6.56 billion.', 'RMB 6.56 billion')).toBe('revenue.incremental-ai');
  });

  it('Chinese', () => {
    expect(metricOf('文心大模型一个季度6.56亿元的增量,在国内云市场已经相当可观。', '6.56亿元')).toBe('revenue.incremental-ai');
  });

  it('not a share or a number of points', () => {
    expect(metricOf('大模型增量约占当季营收的1.9%。', '1.9%')).not.toBe('revenue.incremental-ai');
    expect(metricOf("AI added 6 points, double the previous quarter's contribution.", '6 points')).not.toBe('revenue.incremental-ai');
  });
});

describe('data center revenue: "data-center"', () => {
  it('an amount the data-center unit sold', () => {
    expect(metricOf("Nvidia's data-center unit alone sold $115.2 billion of products in fiscal 2025.", '$115.2 billion')).toBe('revenue.datacenter');
  });

  it('not a share of data-center shipments', () => {
    expect(metricOf('Nvidia took 98% of data-center GPU shipments in 2023.', '98%')).toBe('market-share');
  });
});

describe('equity stake: "holds"', () => {
  it('reads a percentage a company holds of another as its stake', () => {
    expect(metricOf('After the new round Microsoft holds roughly 30% of the startup.', '30%')).toBe('equity-stake');
  });

  it('a share of a market that a company holds is its market share, not a stake', () => {
    expect(metricOf('Nvidia holds 90% of the accelerator market.', '90%')).toBe('market-share');
  });
});

describe('market share: "of the <narrowing words> market"', () => {
  it('reads a share of a named market as a market share', () => {
    expect(metricOf('Samsung had 35% of the high-bandwidth memory market in 2024.', '35%')).toBe('market-share');
  });

  it('not an amount of a market', () => {
    expect(metricOf('Samsung sold $5 billion into the memory market in 2024.', '$5 billion')).not.toBe('market-share');
  });
});

describe('deal value: a contract or deal "worth" a sum', () => {
  it('is the value of the contract, not a valuation of the company', () => {
    expect(metricOf('Oracle signed a cloud contract worth $30 billion a year with OpenAI.', '$30 billion')).toBe('deal.value');
    expect(metricOf('Microsoft struck a deal valued at $650 million with Inflection.', '$650 million')).toBe('deal.value');
  });

  it('a company worth a sum is still its valuation', () => {
    expect(metricOf('OpenAI, now worth $300 billion, signed the contract in March.', '$300 billion')).toBe('valuation');
  });
});

describe('tokens processed: 处理的tokens', () => {
  it('reads the tokens a company processes as its token volume', () => {
    expect(metricOf('谷歌各产品每月处理的tokens在4月达到480万亿。', '480万亿')).toBe('usage.tokens');
  });

  it('not the price per million tokens', () => {
    expect(metricOf('处理的tokens越多,每百万tokens的价格就越低,目前为8元。', '8元')).not.toBe('usage.tokens');
  });
});

describe('a margin on cost: 成本利润率, "cost profit margin"', () => {
  it('is its own measure, not a profit margin (profit over revenue)', () => {
    expect(metricOf('按理论定价计算,这项服务的成本利润率为300%。', '300%')).toBe('cost-profit-margin');
    expect(metricOf('Priced on paper, the service ran at a cost profit margin of 300%.', '300%')).toBe('cost-profit-margin');
  });

  it('near miss: a plain profit margin stays one', () => {
    expect(metricOf('这项服务的利润率为30%。', '30%')).toBe('profit-margin');
    expect(metricOf('The service ran at a profit margin of 30%.', '30%')).toBe('profit-margin');
  });
});
