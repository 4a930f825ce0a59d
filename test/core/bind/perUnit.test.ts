/**
 * A price per share is a per-share measure (bind/perUnit.ts, `perUnits` in data/metrics.yaml): "at $20.47
 * a share" is a share price even with no "share price" word, and an investment word in its clause does
 * not make it the investment. A clause naming another per-share measure (dividend, 每股收益) restricts nothing.
 * Bundled facts: the US government's Intel stake at $20.47 a share (August 2025), Nvidia's $5B of Intel
 * stock at $23.28 a share (September 2025).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2025-10-01';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('a money figure per share binds a per-share measure', () => {
  it('"at $20.47 a share" is a share price (en)', () => {
    expect(metricOf('The US government had taken about 10% of Intel in August for $8.9 billion, at $20.47 a share.', '$20.47')).toBe('share-price');
  });

  it('"invest $5 billion … at $23.28 a share": the investment word belongs to the $5 billion', () => {
    const text = 'In September Nvidia agreed to invest $5 billion in Intel at $23.28 a share.';
    expect(metricOf(text, '$23.28')).toBe('share-price');
    expect(metricOf(text, '$5 billion')).toBe('investment.plan');
  });

  it('每股20.47美元 (zh)', () => {
    expect(metricOf('美国政府8月以每股20.47美元入股英特尔。', '20.47美元')).toBe('share-price');
  });

  it('a wrong price per share is checked against the price on record', () => {
    const { claim, verdicts } = flaggedClaim('In September Nvidia agreed to invest $5 billion in Intel at $26.28 a share.', '$26.28', DATE);
    expect(claim?.metric?.value).toBe('share-price');
    expect(verdicts).toEqual(['contradicted']);
  });

  itIsSilent(
    [
      ['In September Nvidia agreed to invest $5 billion in Intel at $23.28 a share.', '$23.28'],
      ['美国政府8月以每股20.47美元入股英特尔。', '20.47美元'],
    ],
    DATE,
  );
});

describe('near misses: other per-share measures and amounts not per share', () => {
  it('a dividend per share is not a share price', () => {
    expect(metricOf('Nvidia pays a quarterly dividend of $0.01 a share.', '$0.01')).not.toBe('share-price');
  });

  it('"EPS" is a whole word: "keeps" does not stop a share price', () => {
    expect(metricOf('Nvidia keeps its Intel stake, bought at $23.28 a share.', '$23.28')).toBe('share-price');
  });

  it('an amount not written per share keeps the measure its words name', () => {
    expect(metricOf('In September Nvidia agreed to invest $5 billion in Intel.', '$5 billion')).toBe('investment.plan');
  });

  itIsSilent([['Nvidia pays a quarterly dividend of $0.01 a share.', '$0.01']], DATE);
});
