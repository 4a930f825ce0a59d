/**
 * A four-digit number coordinated with a measured number ("1979 and 989 TFLOPS", "1979和989 TFLOPS",
 * "1979–989 TFLOPS") is a value of that unit, not a year: coordination joins like with like
 * (units.coordinatedMeasure). After a word of time ("in 2023 and 40 GW by 2030", 在2023年) it stays a
 * year. End to end, the glossary sentence raises nothing (the H100's 989 TFLOPS is a 2022 datasheet
 * figure, which a year misread as 1979 used to call another year's).
 */
import { describe, expect, it } from 'vitest';
import { recognizeUnchecked } from '../../../server/src/core/recognize/index';
import { draftFindings } from '../../helpers/draftFindings';

const read = (text: string) => recognizeUnchecked(text).map((q) => [q.text, q.value, q.unit ?? '']);

describe('a value coordinated with a measured number', () => {
  it.each([
    ['不带稀疏时各减半，分别为1979和989 TFLOPS。', '1979'],
    ['Without sparsity each halves, to 1979 and 989 TFLOPS.', '1979'],
    ['The dense figures are 1979 or 989 TFLOPS.', '1979'],
    ['两种精度下分别是1979、989 TFLOPS。', '1979'],
  ])('%s', (text, figure) => {
    expect(read(text)).toContainEqual([figure, 1979, 'TFLOPS']);
    expect(read(text)).toContainEqual(['989', 989, 'TFLOPS']);
  });

  it('a year before a measured figure stays a year', () => {
    expect(read('The campus drew 2 GW in 2023 and 40 GW by 2030.')).toEqual([
      ['2', 2, 'GW'],
      ['40', 40, 'GW'],
    ]);
    expect(read('Revenue rose in 2024 and 2025.')).toEqual([]);
  });

  it('the glossary sentence is not a wrong period', () => {
    const text = '- **H100的峰值**：启用稀疏后FP8可达3958 TFLOPS、BF16可达1979 TFLOPS；关闭稀疏则减半，依次为1979和989 TFLOPS。';
    expect(draftFindings(text, '2025-02-10', ['error', 'warning', 'information'])).toEqual([]);
    const en = '- **H100 peak**: sparse FP8 reaches 3958 TFLOPS and sparse BF16 1979 TFLOPS; dense, the H100 gives half of each, 1979 and 989 TFLOPS.';
    expect(draftFindings(en, '2025-02-10', ['error', 'warning', 'information'])).toEqual([]);
  });
});
