/**
 * Trigger words added in session 24 (data/metrics.yaml), each with a sentence it must bind and one it must
 * leave alone: a return multiple written "Nx their money" or "got back Nx"; chip purchases named with the
 * chip ("GPU purchases"); 直降 as a price cut; 被调用 as API calls; AI spending on Azure as Azure's AI
 * revenue (not any AI spending: an enterprise's AI budget or a company's AI capex is not AI revenue).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

function metricOf(text: string, figure: string, date = '2025-03-01'): string | undefined {
  return analyzedClaim(text, figure, date)?.metric?.value;
}

describe('return multiples', () => {
  it('"their money" and "got back" name what investors recover', () => {
    expect(metricOf('Seed investors in the lab were set to receive about 2.5x their money in the sale.', '2.5x')).toBe('return.multiple');
    expect(metricOf('Backers of the Series B got back roughly 1.2x after the licence deal.', '1.2x')).toBe('return.multiple');
  });

  it('a multiple of something else is not a return', () => {
    expect(metricOf('The lab trades at about 30x revenue.', '30x')).not.toBe('return.multiple');
  });
});

describe('chip purchases', () => {
  it('purchases named with the chip are GPUs acquired', () => {
    expect(metricOf("Analysts put Oracle's GPU purchases at 40,000 in 2024.", '40,000')).toBe('gpus.acquired');
    expect(metricOf("One estimate puts Amazon's Hopper purchases in 2024 at about 180,000.", '180,000')).toBe('gpus.acquired');
  });

  it('other purchases are not', () => {
    expect(metricOf('The cloud deal covers 250 billion of incremental Azure purchases.', '250 billion')).not.toBe('gpus.acquired');
  });
});

describe('Chinese price cuts and API calls', () => {
  it('直降 is a price cut', () => {
    expect(metricOf('百度随后宣布旗下一款主力模型的调用价格直降80%。', '80%')).toBe('price.change');
  });

  it('被调用 counts API calls', () => {
    expect(metricOf('混元大模型目前每天被调用约3000万次。', '3000万次')).toBe('usage.api-calls');
  });
});

describe('AI spending on Azure', () => {
  it('is the AI revenue Azure books', () => {
    expect(metricOf('Analysts estimated about $900 million of AI spending on Azure in the quarter.', '$900 million')).toBe('revenue.ai');
  });

  it('AI spending of other kinds is not AI revenue', () => {
    expect(metricOf('Large enterprises put their AI spending at $12 billion this year.', '$12 billion')).not.toBe('revenue.ai');
    expect(metricOf("Alphabet's AI spending will reach about $90 billion in 2025.", '$90 billion')).not.toBe('revenue.ai');
  });
});
