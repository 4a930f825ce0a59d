/**
 * A product's fixed property (a `timeless` metric: memory, bandwidth, transistors) needs no period: a
 * figure above the one figure on record for the product, named with no variant mark, is contradicted
 * (a warning at most, since the period is implied). Bundled facts (H200: 4.8 TB/s; H100: 3.35 TB/s;
 * A100: 2 TB/s). Memory sizes are not read with their unit ("80GB" is as often a product label), so
 * they are not judged yet.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const flagged = (text: string, date = '2024-06-01') => draftFindings(text, date);
const informed = (text: string, date = '2024-06-01') => draftFindings(text, date, ['information']);

describe('a spec above the one on record, with no period, is contradicted', () => {
  it('a table row', () => {
    expect(flagged('| GPU | Bandwidth |\n|---|---|\n| H200 | 6 TB/s |\n')).toEqual(['6 fact.value-mismatch warning']);
  });

  it('a sentence of prose', () => {
    expect(flagged('The H200 offers a memory bandwidth of 6 TB/s.')).toEqual(['6 fact.value-mismatch warning']);
    expect(flagged('With 4 TB/s of bandwidth, the H100 is no slouch.')).toEqual(['4 fact.value-mismatch warning']);
  });

  it('the kind of thing after the name is no variant ("the H200 GPU")', () => {
    expect(flagged('The H200 GPU offers a memory bandwidth of 6 TB/s.')).toEqual(['6 fact.value-mismatch warning']);
  });

  it('in Chinese', () => {
    expect(flagged('H200的显存带宽为6TB/s。')).toEqual(['6TB/s fact.value-mismatch warning']);
    expect(flagged('H100的显存带宽为5.5TB/s。')).toEqual(['5.5TB/s fact.value-mismatch warning']);
    expect(flagged('| 型号 | 带宽 |\n|---|---|\n| A100 | 3TB/s |\n')).toEqual(['3TB/s fact.value-mismatch warning']);
  });

  it('within 3% of the figure it only informs (4.9 TB/s for 4.8)', () => {
    expect(flagged('H200的显存带宽为4.9TB/s。')).toEqual([]);
    expect(informed('H200的显存带宽为4.9TB/s。')).toEqual(['4.9TB/s fact.value-mismatch information']);
  });
});

describe('near misses: left alone', () => {
  it('the figure on record is supported', () => {
    expect(flagged('The H200 offers a memory bandwidth of 4.8 TB/s.')).toEqual([]);
    expect(flagged('H200的显存带宽为4.8TB/s。')).toEqual([]);
  });

  it('a variant named after the product (the base does not hold it)', () => {
    expect(flagged('The H100 NVL has a memory bandwidth of 3.9 TB/s.')).toEqual([]);
    expect(flagged('H100 NVL的显存带宽为3.9TB/s。')).toEqual([]);
    expect(flagged('H100 PCIe的显存带宽为2TB/s。')).toEqual([]);
    expect(flagged('H100的PCIe版本显存带宽为3.9TB/s。')).toEqual([]);
  });

  it('a figure below the one on record (a cut-down variant may have it)', () => {
    expect(flagged('The A100 has a memory bandwidth of 1.6 TB/s.')).toEqual([]);
    expect(flagged('A100的显存带宽为1.6TB/s。')).toEqual([]);
  });

  it('a measure a product has several figures of (throughput by precision) is not timeless', () => {
    expect(flagged('The A100 delivers 624 TFLOPS.')).toEqual([]);
    expect(flagged('A100的FP16稀疏算力为624 TFLOPS。')).toEqual([]);
  });

  it('a sentence comparing with another figure', () => {
    expect(flagged('The H200 offers 6 TB/s of bandwidth, up from 3.35 TB/s on the H100.')).toEqual([]);
  });

  it('a company is no product: its "memory" has no spec', () => {
    expect(flagged('Nvidia’s newest part has a memory bandwidth of 8 TB/s.')).toEqual([]);
  });
});

describe('a spec holds from its announcement on: a later date is no other period (H200 4.8 TB/s announced November 2023)', () => {
  it('a "shipping" or "available" date beside the spec is silent, in a table row or a sentence, both languages', () => {
    expect(flagged('| Part | Bandwidth | Note |\n|---|---|---|\n| H200 | 4.8 TB/s | shipping Q2 2024 |\n', '2024-04-10')).toEqual([]);
    expect(flagged('In the second quarter of 2024 the H200 reached a memory bandwidth of 4.8 TB/s.', '2024-04-10')).toEqual([]);
    expect(flagged('H200将于2024年第二季度上市，显存带宽4.8TB/s。', '2024-04-10')).toEqual([]);
  });

  it('near miss: a date before the announcement is another period', () => {
    expect(flagged('In 2022 the H200 offered a memory bandwidth of 4.8 TB/s.', '2024-04-10')).toEqual(['4.8 fact.wrong-period warning']);
  });

  it('near miss: a wrong spec with a later date is still held against the one on record', () => {
    expect(flagged('| Part | Bandwidth | Note |\n|---|---|---|\n| H200 | 6 TB/s | shipping Q2 2024 |\n', '2024-04-10')).toEqual(['6 fact.value-mismatch warning']);
  });
});
