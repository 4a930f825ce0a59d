/**
 * A model's price pair in the price sheet's shorthand: "$3 in and $15 out" names the sides in words
 * (explicit); "$2 / $8" after a model is the usual input / output pair (the sentence's reading).
 * Bundled facts: Claude 3.5 Sonnet lists at $3 / $15 (June 2024); o3 launched at $10 / $40 (16 April
 * 2025) and was cut to $2 / $8 on 10 June 2025.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-08-01';
const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE);
const metricOf = (text: string, figure: string) => claimOf(text, figure)?.metric;

describe('"$X in and $Y out" names the input and the output price', () => {
  it('binds both sides, as written', () => {
    const text = 'Claude 3.5 Sonnet launched in June 2024 at $3 in and $15 out.';
    expect(metricOf(text, '$3')).toMatchObject({ value: 'api-price.input', how: 'explicit' });
    expect(metricOf(text, '$15')).toMatchObject({ value: 'api-price.output', how: 'explicit' });
    expect(claimOf(text, '$15')?.verdict).toBe('supported');
  });

  it('makes a wrong output price checkable', () => {
    expect(claimOf('Claude 3.5 Sonnet launched in June 2024 at $3 in and $12 out.', '$12')?.verdict).toBe('contradicted');
  });

  it('a comma joins the two as well as "and"', () => {
    expect(metricOf('Claude 3.5 Sonnet costs $3 in, $15 out.', '$15')?.value).toBe('api-price.output');
  });
});

describe('"$X / $Y" after a model is its input and output price', () => {
  it('reads the pair as the sentence\'s, never as sure as the words', () => {
    const text = 'In April 2025 OpenAI launched o3 at $10 / $40.';
    expect(metricOf(text, '$10')).toMatchObject({ value: 'api-price.input', how: 'sentence' });
    expect(metricOf(text, '$40')).toMatchObject({ value: 'api-price.output', how: 'sentence' });
  });

  it('a pair that came later is another period\'s', () => {
    expect(claimOf('On 16 April 2025 OpenAI launched o3 at $2 / $8.', '$2')?.verdict).toBe('wrong-period');
  });
});

describe('near misses', () => {
  it('a slash pair with no model named is not a token price', () => {
    expect(metricOf('The two plans are at $10 / $40.', '$40')?.value ?? '').not.toMatch(/^api-price/);
  });

  it('a pair per month is a subscription, not a token price', () => {
    expect(metricOf('ChatGPT Plus and Pro cost $20 / $200 a month.', '$200')?.value).not.toBe('api-price.output');
  });

  it('amounts with a scale word are not prices', () => {
    expect(metricOf('OpenAI, maker of o3, lost $2 billion / $8 billion.', '$8 billion')?.value ?? '').not.toMatch(/^api-price/);
  });

  it('three prices chained by slashes are no pair', () => {
    expect(metricOf('o3 is at $2 / $8 / $0.50.', '$8')?.value ?? '').not.toMatch(/^api-price/);
  });

  it('"in" that opens a date is not the input side', () => {
    expect(metricOf('o3 was at $10 in April and $2 out of pocket.', '$10')?.value ?? '').not.toMatch(/^api-price/);
  });
});

describe('a side word outside a slash pair does not name both its prices', () => {
  it('"$0.075 / $0.30 for prompts up to 128K": the second is the output price', () => {
    const text = '- **Gemini 1.5 Flash:** $0.075 / $0.30 for prompts up to 128K.';
    expect(metricOf(text, '$0.075')?.value).toBe('api-price.input');
    expect(metricOf(text, '$0.30')?.value).toBe('api-price.output');
    expect(claimOf(text, '$0.30')?.verdict).not.toBe('wrong-metric');
  });

  it('zh: "0.8/4美元" writes the currency once for both prices', () => {
    const text = '- **Claude 3.5 Haiku：** 0.8/4美元。';
    expect(claimOf(text, '0.8')?.quantity).toMatchObject({ kind: 'money', currency: 'USD' });
    expect(metricOf(text, '0.8')?.value).toBe('api-price.input');
    expect(metricOf(text, '4美元')?.value).toBe('api-price.output');
  });

  it('near miss: side words written beside each figure keep their sides', () => {
    const text = 'Claude 3.5 Haiku: 输入0.8美元/输出4美元。';
    expect(metricOf(text, '0.8美元')?.value).toBe('api-price.input');
    expect(metricOf(text, '4美元')?.value).toBe('api-price.output');
  });
});

describe('a qualifier of the input side between "$X in" and "$Y out" names only the input', () => {
  it.each([
    'Claude 3.5 Sonnet launched in June 2024 at $3 in (cache miss) and $15 out.',
    'Claude 3.5 Sonnet launched in June 2024 at $3 in (before caching), $15 out.',
  ])('%s', (text) => {
    expect(metricOf(text, '$3')?.value).toBe('api-price.input');
    expect(metricOf(text, '$15')?.value).toBe('api-price.output');
  });

  it('near miss: without "out" after the second figure, the input word still names both', () => {
    expect(metricOf('Claude 3.5 Sonnet launched in June 2024 at $3 in (cache miss) and $15.', '$15')?.value).not.toBe('api-price.output');
  });
});

describe('a side word right after one price names that price\'s side', () => {
  const JULY = '2025-07-02';
  it('"… input tokens on a cache miss and $1.10 out": the input words qualified the first price only', () => {
    const text = 'DeepSeek-V3 is the other floor: $0.27 per million input tokens on a cache miss and $1.10 out.';
    expect(analyzedClaim(text, '$1.10', JULY)?.metric).toMatchObject({ value: 'api-price.output', how: 'explicit' });
    expect(analyzedClaim(text, '$1.10', JULY)?.verdict).toBe('supported');
    expect(analyzedClaim(text, '$0.27', JULY)?.metric?.value).toBe('api-price.input');
  });
  // Chinese already read this by the nearer trigger (输出 right after the price); kept as a guard.
  it('Chinese: "…每百万输入token 0.27美元，1.10美元输出"', () => {
    const text = 'DeepSeek-V3是另一个底线：缓存未命中时每百万输入token 0.27美元，1.10美元输出。';
    expect(analyzedClaim(text, '1.10美元', JULY)?.metric?.value).toBe('api-price.output');
    expect(analyzedClaim(text, '1.10美元', JULY)?.verdict).toBe('supported');
  });
  it('near misses: the output price written as the input side is still wrong; "in" before a noun names no side', () => {
    expect(analyzedClaim('DeepSeek-V3 is the other floor: $0.27 per million input tokens on a cache miss and $1.10 in.', '$1.10', JULY)?.verdict).toBe('wrong-metric');
    expect(analyzedClaim('DeepSeek-V3 is the other floor: $0.27 per million input tokens on a cache miss and $1.10 per million input tokens on a hit.', '$1.10', JULY)?.metric?.value).toBe('api-price.input');
    expect(analyzedClaim('DeepSeek-V3是另一个底线：输入0.27美元输出1.10美元。', '0.27美元', JULY)?.metric?.value).toBe('api-price.input');
  });
});

describe('a bracketed qualifier after the first price of a slash pair is that price\'s', () => {
  it('"$X (cache miss) / $Y": the second price is still the output price', () => {
    const text = 'In 2024 Claude 3.5 Sonnet was our default at $3 (cache miss) / $15.';
    expect(metricOf(text, '$3')?.value).toBe('api-price.input');
    expect(metricOf(text, '$15')).toMatchObject({ value: 'api-price.output', how: 'sentence' });
  });

  it('a qualifier with a figure in it is no short qualifier: the pair is not read', () => {
    expect(metricOf('In 2024 Claude 3.5 Sonnet was our default at $3 (cache miss, 90% of calls) / $15.', '$15')?.value).not.toBe('api-price.output');
  });
});
