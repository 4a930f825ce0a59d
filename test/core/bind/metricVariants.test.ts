/**
 * Variants of metric words (data/metrics.yaml) and of the words that carry a measure to a later clause
 * (bind/metrics.ts): the British "organisations" of a survey share, "a bet on" a company as an
 * investment, and 也只有 ("…, and B has only …") continuing the measure of the clause before it.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01')?.metric?.value;

describe('survey share: "of organisations"', () => {
  it('either spelling', () => {
    expect(metricOf('The survey found that 78% of organisations used AI in 2024.', '78%')).toBe('survey.share');
    expect(metricOf('The survey found that 78% of organizations used AI in 2024.', '78%')).toBe('survey.share');
  });

  it('not another word that begins the same', () => {
    expect(metricOf('Only 12% of organisational budgets went to AI in 2024.', '12%')).not.toBe('survey.share');
  });
});

describe('investment: "a bet on"', () => {
  it('money', () => {
    expect(metricOf("Microsoft's bet on OpenAI: $13 billion.", '$13 billion')).toBe('investment');
  });

  it('not a percentage', () => {
    expect(metricOf('Traders bet on a 20% rise in the stock.', '20%')).not.toBe('investment');
  });
});

describe('也只有 continues the measure of the clause before', () => {
  it('a figure of the same measure for another subject', () => {
    expect(metricOf('美国的私人投资为1091亿美元,英国也只有45亿美元。', '45亿美元')).toBe('investment.private');
  });

  it('its own clause’s measure word wins', () => {
    expect(metricOf('美国的私人投资为1091亿美元,英国公司也只有45亿美元现金。', '45亿美元')).toBe('cash');
  });
});
