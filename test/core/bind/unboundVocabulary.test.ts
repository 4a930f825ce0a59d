/**
 * Trigger words of data/metrics.yaml that writers use for a measure without its usual name: 出资 is an
 * investment, a percentage "of the company" or "of the joint venture" is a stake, a round written with
 * its sub-letter (A1轮, B+轮) is a round raised, 价格下调 is a price change, 数据中心GPU收入 is AI revenue,
 * 私人AI投资 is private investment, 投入计划 a planned investment, "max power" a chip's power. Each admits
 * only its kinds: a share or a count near the word is not it.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01')?.metric?.value;

describe('investment: 出资', () => {
  it('an amount put in', () => {
    expect(metricOf('在400亿美元中，软银自己出资约250亿美元。', '250亿美元')).toBe('investment');
    expect(metricOf('腾讯此轮出资5亿元，成为第二大股东。', '5亿元')).toBe('investment');
  });

  it('not a share of the contribution', () => {
    expect(metricOf('软银的出资比例约为75%。', '75%')).not.toBe('investment');
  });
});

describe('equity stake: a percentage of the company or of a joint venture', () => {
  it('is a stake', () => {
    expect(metricOf('OpenAI got warrants for up to 160 million AMD shares, about 10% of the company.', '10%')).toBe('equity-stake');
    expect(metricOf("Blue Owl's funds own 80% of the joint venture.", '80%')).toBe('equity-stake');
    expect(metricOf('After the round SoftBank will hold about 11% of the company.', '11%')).toBe('equity-stake');
    expect(metricOf('Meta keeps 20% of the venture.', '20%')).toBe('equity-stake');
  });

  it("not a share of the company's revenue, and not an amount", () => {
    expect(metricOf("AI was 41% of the company's semiconductor revenue.", '41%')).not.toBe('equity-stake');
    expect(metricOf('Meta paid $14.3 billion for part of the company.', '$14.3 billion')).not.toBe('equity-stake');
    expect(metricOf("Microsoft cut 5% of the company's workforce in 2023.", '5%')).not.toBe('equity-stake');
  });
});

describe('a round named with its sub-letter', () => {
  it('is the amount raised', () => {
    expect(metricOf('百川智能于2023年10月完成A1轮3亿美元。', '3亿美元')).toBe('funding.raised');
    expect(metricOf('该公司去年完成B+轮5亿元。', '5亿元')).toBe('funding.raised');
    expect(metricOf('公司早期的天使轮约5000万美元。', '5000万美元')).toBe('funding.raised');
  });

  it('not a chip named A100', () => {
    expect(metricOf('一块A100售价约1万美元。', '1万美元')).not.toBe('funding.raised');
  });
});

describe('price change: 价格下调', () => {
  it('a cut in a price', () => {
    expect(metricOf('几天后，阿里把Qwen-Long的输入价格下调了97%。', '97%')).toBe('price.change');
    expect(metricOf('百度随后宣布文心模型价格下调90%。', '90%')).toBe('price.change');
  });

  it('not the price itself, and not a forecast cut', () => {
    expect(metricOf('Qwen-Long的输入价格为每百万tokens 0.5元。', '0.5元')).not.toBe('price.change');
    expect(metricOf('公司把全年营收指引下调了5%。', '5%')).not.toBe('price.change');
  });
});

describe('AI revenue: 数据中心GPU收入', () => {
  it('is AI revenue, not the data-center segment', () => {
    expect(metricOf('英伟达2023年数据中心GPU收入约362亿美元。', '362亿美元')).toBe('revenue.ai');
    expect(metricOf('英伟达2023年数据中心收入约475亿美元。', '475亿美元')).toBe('revenue.datacenter');
  });
});

describe('private investment: 私人AI投资', () => {
  it('is private investment', () => {
    expect(metricOf('斯坦福AI指数显示,2024年美国私人AI投资为1091亿美元。', '1091亿美元')).toBe('investment.private');
  });
});

describe('charge: 承诺相关费用', () => {
  it('a charge for inventory and purchase commitments', () => {
    expect(metricOf('英伟达将在本季度计提最多约55亿美元的存货及采购承诺相关费用。', '55亿美元')).toBe('charge');
    expect(metricOf('公司确认了约45亿美元与库存及采购承诺相关的费用。', '45亿美元')).toBe('charge');
  });

  it('not a commitment to buy', () => {
    expect(metricOf('OpenAI承诺采购价值3000亿美元的算力。', '3000亿美元')).toBe('commitment');
  });
});

describe('planned investment: 投入计划', () => {
  it('a plan to put money in', () => {
    expect(metricOf('腾讯公布的五年云基础设施投入计划超过1000亿元。', '1000亿元')).toBe('investment.plan');
  });
});

describe('a chip’s power: max power', () => {
  it('a rated power in watts', () => {
    expect(metricOf('The new accelerator’s max power is 1,000 W per card.', '1,000')).toBe('spec.power');
  });

  it('not a percentage near the word', () => {
    expect(metricOf('Max power rose 40% from the last generation.', '40%')).not.toBe('spec.power');
  });
});
