/**
 * A figure set "against" the figure before it continues the measure that figure was bound to by its own
 * words (bind/againstBaseline.ts): "AMD's data-center revenue was $12 billion, against $6 billion the year
 * before". Not an amount set against a share, not a pair set against a pair, not a clause that names a
 * measure of its own, and not a measure carried to the first figure from elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const bound = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01')?.metric;

describe('the figure set against continues the measure', () => {
  it('another period: bound as plainly as a bare series entry', () => {
    const metric = bound("Tencent's capex was $10.7 billion in 2024, against $3.4 billion in 2023.", '$3.4 billion');
    expect(metric?.value).toBe('capex');
    expect(metric?.how).toBe('explicit');
    expect(bound('Alphabet reported operating income of $31 billion for the quarter, against roughly $21 billion a year earlier.', '$21 billion')?.value).toBe('operating-income');
  });

  it('another owner: the sentence binding of a parallel clause', () => {
    const metric = bound('Amazon bought about 200,000 Hopper GPUs in 2024, against about 90,000 for Google.', '90,000');
    expect(metric?.value).toBe('gpus.acquired');
    expect(metric?.how).toBe('sentence');
    expect(bound("A survey put Google at 20% of enterprise LLM API usage, against Meta's 9%.", '9%')?.value).toBe('market-share');
  });
});

describe('what it does not carry', () => {
  it('not an amount set against a share', () => {
    expect(bound("Meta's loss came to 30% of revenue, against $900 million a year earlier.", '$900 million')).toBeUndefined();
  });

  it('not money of another currency', () => {
    expect(bound('Baidu AI Cloud revenue was RMB 5 billion, against $0.6 billion for the unit abroad.', '$0.6 billion')?.value).not.toBe('revenue.cloud-segment');
  });

  it('not a pair set against a pair', () => {
    expect(bound("The model lists at $0.40 per million input tokens, against $12 and $48 for OpenAI's o1.", '$12')?.value).not.toBe('api-price.input');
  });

  it('not a clause with a measure word of its own', () => {
    expect(bound('Meta spent $39 billion on capex in 2024, against a valuation of $1.5 trillion.', '$1.5 trillion')?.value).not.toBe('capex');
  });

  it('not a measure the first figure took from elsewhere', () => {
    expect(bound('Meta spent $39 billion in 2024, against $28 billion in 2023.', '$28 billion')).toBeUndefined();
  });
});
