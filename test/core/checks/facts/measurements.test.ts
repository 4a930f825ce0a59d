/**
 * Measurements (TB/s, TFLOPS, W) are compared with facts in their own unit, and prices written without
 * a space after the unit word ("每百万tokens1.10美元") or for a model named by its short name (R1, V3) are
 * checked like any other price. Bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis as run } from '../../../helpers/draftFindings';

describe('measurements', () => {
  it('a spec in its unit is supported by the spec fact', () => {
    const a = run('H100的显存带宽为3.35TB/s。', '2024-06-01');
    expect(a.claims.map((c) => [c.quantity.text, c.metric?.value, c.verdict])).toEqual([['3.35TB/s', 'spec.bandwidth', 'supported']]);
  });

  it('a figure in another unit is never compared with it', () => {
    const a = run('H100的显存带宽为3.35TFLOPS。', '2024-06-01');
    expect(a.claims.map((c) => c.verdict)).toEqual(['unverifiable']);
  });
});

describe('DeepSeek prices by the models\' short names', () => {
  it('flags R1\'s output price written glued to its unit word (Chinese)', () => {
    const flagged = run('R1的输出价格为每百万tokens1.10美元。', '2025-03-01')
      .findings.filter((f) => f.severity === 'warning' || f.severity === 'error')
      .map((f) => `${f.text} ${f.check}`);
    expect(flagged).toEqual(['1.10美元 fact.value-mismatch']);
  });

  it('supports the right one', () => {
    const a = run('R1的输出价格为每百万tokens 2.19美元。', '2025-03-01');
    expect(a.claims.find((c) => c.quantity.text === '2.19美元')?.verdict).toBe('supported');
  });
});

describe("a product's spec mixed up with a sibling's", () => {
  const flagged = (text: string) =>
    run(text, '2024-06-01')
      .findings.filter((f) => f.severity === 'warning' || f.severity === 'error')
      .map((f) => `${f.text} ${f.check}`);

  it("contradicts the H100's bandwidth given as the H200's (Chinese)", () => {
    expect(flagged('H100的显存带宽为4.8TB/s。')).toEqual(['4.8TB/s fact.value-mismatch']);
  });

  it('and in English', () => {
    expect(flagged('The H100 has a memory bandwidth of 4.8 TB/s.')).toEqual(['4.8 fact.value-mismatch']);
  });

  it('leaves a lower figure alone (a cut-down variant, such as a PCIe card, may have it)', () => {
    expect(flagged('H100 PCIe的显存带宽为2TB/s。')).toEqual([]);
  });

  it('leaves a figure alone that is no sibling\'s when the product is named as a variant', () => {
    // Without the variant mark, a figure above the one on record is contradicted (recordedSpec.test.ts).
    expect(flagged('H100 NVL的显存带宽为5.5TB/s。')).toEqual([]);
  });
});

describe('"made" is revenue', () => {
  it('a December run-rate stated as what the company made in the year', () => {
    const flagged = run('OpenAI made $2 billion in 2023.', '2024-03-01')
      .findings.filter((f) => f.severity === 'warning' || f.severity === 'error')
      .map((f) => `${f.text} ${f.check}`);
    expect(flagged).toEqual(['$2 billion fact.wrong-metric']);
  });
});

describe("a listed company's valuation is its market cap", () => {
  it('an old market cap stated as what the company is worth now is out of date', () => {
    const a = run('Nvidia is worth about $2 trillion.', '2024-07-15');
    const claim = a.claims.find((c) => c.quantity.text === '$2 trillion');
    expect(claim?.metric?.value).toBe('valuation');
    expect(claim?.verdict).toBe('stale');
  });

  it('a private company keeps its valuations', () => {
    const a = run('OpenAI is valued at $157 billion.', '2024-10-15');
    expect(a.claims.find((c) => c.quantity.text === '$157 billion')?.verdict).toBe('supported');
  });
});
