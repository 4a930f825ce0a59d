/**
 * A figure of one variant of a measure written under another variant's words (verdicts/writtenVariant.ts):
 * the H100's throughput is on record per precision and sparsity (bundled facts: FP8 sparse 3,958, FP8
 * dense 1,979, FP16/BF16 sparse 1,979, FP16/BF16 dense 989 TFLOPS). A figure whose own words name a
 * variant on record and that meets only another variant's figure is a wrong metric (a warning); one that
 * meets its own variant's figure, or names no variant, or names one the base does not hold, is left alone.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis, draftFindings } from '../../../helpers/draftFindings';

const flagged = (text: string, date = '2024-06-01') => draftFindings(text, date);

describe("another variant's figure under this variant's words is a wrong metric", () => {
  it('the sparse figure called dense', () => {
    expect(flagged('In dense BF16 the H100 SXM reaches 1,979 TFLOPS.')).toEqual(['1,979 fact.wrong-metric warning']);
    expect(flagged('The H100 SXM tops out at 3,958 TFLOPS of dense FP8 compute.')).toEqual(['3,958 fact.wrong-metric warning']);
  });

  it('in Chinese, with each figure read with its own words', () => {
    expect(flagged('H100 SXM的BF16稠密算力达到1979 TFLOPS。')).toEqual(['1979 fact.wrong-metric warning']);
    expect(flagged('H100 SXM不带稀疏的FP8算力为3958 TFLOPS，FP16稀疏算力为1979 TFLOPS。')).toEqual(['3958 fact.wrong-metric warning']);
  });

  it('the message names both variants', () => {
    const [message] = draftAnalysis('In dense BF16 the H100 SXM reaches 1,979 TFLOPS.', '2024-06-01').findings.map((f) => f.message);
    expect(message).toContain('sparse FP16/BF16');
    expect(message).toContain('dense FP16/BF16 one its words name');
  });
});

describe('near misses: left alone', () => {
  it("the variant's own figure", () => {
    expect(flagged('In dense BF16 the H100 SXM reaches 989 TFLOPS.')).toEqual([]);
    expect(flagged('With sparsity, the H100 SXM reaches 1,979 TFLOPS of BF16.')).toEqual([]);
    expect(flagged('H100 SXM的FP8稀疏算力为3958 TFLOPS，FP8稠密算力为1979 TFLOPS。')).toEqual([]);
  });

  it('no variant named, or two of one kind', () => {
    expect(flagged('The H100 SXM reaches 3,958 TFLOPS.')).toEqual([]);
    expect(flagged('The H100 SXM reaches 1,979 TFLOPS in FP8 or FP16 with sparsity.')).toEqual([]);
  });

  it("another figure's words are its own", () => {
    expect(flagged('Dense FP16 gives 989 TFLOPS; sparse FP8 gives the H100 SXM 3,958 TFLOPS.')).toEqual([]);
  });

  it('a variant the base does not hold for the product', () => {
    expect(flagged('The H100 SXM reaches 1,979 TFLOPS in TF32.')).toEqual([]);
  });
});
