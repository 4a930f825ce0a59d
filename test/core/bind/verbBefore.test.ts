/**
 * A verb whose object is the figure names its measure (bind/verbBefore.ts, `verbsBefore` in
 * data/metrics.yaml): a percent taken or bought is a stake, a count of chips taken is GPUs acquired. Too
 * common to be trigger words, the verbs are read only touching the figure, and "own" only as a verb.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-12-01')?.metric?.value;

describe('a percent taken, bought or owned is a stake', () => {
  it('English: took, taking, bought, with a hedge between', () => {
    expect(metricOf('Washington ended up taking roughly 10% of Intel last summer.', '10%')).toBe('equity-stake');
    expect(metricOf('SoftBank bought about 11% in 2024, from early employees.', '11%')).toBe('equity-stake');
    expect(metricOf('The fund had taken some 7% in March.', '7%')).toBe('equity-stake');
    expect(metricOf('Its seed money bought about 20% of a startup with no product.', '20%')).toBe('equity-stake');
  });

  it('an amount paid for a percent buys a part of the company', () => {
    expect(metricOf('Meta put $14.3 billion down for 49% of Scale AI.', '49%')).toBe('equity-stake');
    expect(metricOf('The buyer wrote a $2 billion cheque for roughly 15%.', '15%')).toBe('equity-stake');
  });

  it('"own" and "owning" as verbs', () => {
    expect(metricOf('Blue Owl funds own 80% of the venture and Meta the rest.', '80%')).toBe('equity-stake');
    expect(metricOf('Coverage still describes Microsoft as owning 32.5% of OpenAI.', '32.5%')).toBe('equity-stake');
  });

  it('Chinese: 拿下, 买下 touching the figure', () => {
    expect(metricOf('孙正义一口气拿下约11%，成为第二大股东。', '11%')).toBe('equity-stake');
  });

  it('not a price cut, a revenue rise, a hit or a market share', () => {
    expect(metricOf('The June cut took 80% off both prices.', '80%')).not.toBe('equity-stake');
    expect(metricOf('Google Cloud took in $12 billion, 30% more than a year earlier.', '30%')).not.toBe('equity-stake');
    expect(metricOf('The stock took a 17% hit on the news.', '17%')).not.toBe('equity-stake');
    expect(metricOf('AWS took 31% of the market last year.', '31%')).not.toBe('equity-stake');
    expect(metricOf('Nvidia paid a 19% premium over the government.', '19%')).not.toBe('equity-stake');
  });

  it('not "own" as an adjective after a possessive', () => {
    expect(metricOf("SK hynix's own results showed revenue up 102% in 2024.", '102%')).not.toBe('equity-stake');
    expect(metricOf('The September quarter had grown 19% on its own year-ago figure.', '19%')).not.toBe('equity-stake');
  });
});

describe('a count of chips taken is GPUs acquired', () => {
  it('English: took, taking before a chip count', () => {
    expect(metricOf('In 2023 Meta took roughly 150,000 H100s, as did Microsoft.', '150,000 H100s')).toBe('gpus.acquired');
    expect(metricOf('Analysts have Oracle taking about 50,000 GPUs this year.', '50,000 GPUs')).toBe('gpus.acquired');
  });

  it('Chinese: 拿下 before a chip count', () => {
    expect(metricOf('2023年Meta拿下了约15万块H100。', '15万块H100')).toBe('gpus.acquired');
  });

  it('not a count of other things, nor a span of time', () => {
    expect(metricOf('ChatGPT took 100 million users to reach that mark.', '100 million users')).not.toBe('gpus.acquired');
    expect(metricOf('Training took 54 days on the cluster.', '54 days')).not.toBe('gpus.acquired');
  });
});
