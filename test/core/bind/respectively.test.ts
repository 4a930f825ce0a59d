/**
 * 分别 / "respectively": coordinated measures and as many figures pair up in order, so the first figure
 * is not read as the nearest (second) measure. Only when the counts agree and the measures differ.
 * Bundled facts: GPT-4 (8K) at $30 / $60 per million input / output tokens (2023).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2023-06-01';
const metricOf = (text: string, figure: string) => flaggedClaim(text, figure, DATE).claim?.metric?.value;

describe('coordinated measures pair with the figures in order', () => {
  itIsSilent(
    [
      ['GPT-4的输入和输出价格分别为每千tokens 0.03美元和0.06美元。', '0.03美元'],
      ['GPT-4的输入、输出价格分别是每百万tokens 30美元、60美元。', '30美元'],
      ['GPT-4 input and output cost $0.03 and $0.06 per thousand tokens respectively.', '$0.03'],
      ['GPT-4 input and output prices are $30 and $60 per million tokens, respectively.', '$30'],
      ['2023年，GPT-4输入与输出价格分别为每百万token 30美元与60美元。', '30美元'],
    ],
    DATE,
  );

  it('each figure takes its own measure', () => {
    const text = 'GPT-4的输入和输出价格分别为每千tokens 0.03美元和0.06美元。';
    expect([metricOf(text, '0.03美元'), metricOf(text, '0.06美元')]).toEqual(['api-price.input', 'api-price.output']);
  });
});

describe('near misses', () => {
  it('a wrong figure paired in order is still flagged', () => {
    expect(flaggedClaim('2023年，GPT-4的输入和输出价格分别为每百万tokens 30美元和90美元。', '90美元', DATE).verdicts).toEqual(['contradicted']);
  });

  it('no pairing when the counts differ', () => {
    expect(metricOf('GPT-4的输入和输出价格分别为每千tokens 0.03美元。', '0.03美元')).not.toBe('api-price.input');
  });
});
