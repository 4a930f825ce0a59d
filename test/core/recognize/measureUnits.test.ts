/**
 * Units of measurement (data/recognizer/lexicon.json `measureUnits`): a number glued to or followed by
 * TB/s, TFLOPS, W or 瓦 is a measurement, kept as a number with its unit (never a scale letter, never a
 * year; a glued unit is part of its text, a spaced one is not), and a price glued to the unit word before
 * it in Chinese text is still a price.
 */
import { describe, expect, it } from 'vitest';
import { recognizeUnchecked } from '../../../server/src/core/recognize/index';

const read = (text: string) => recognizeUnchecked(text).map((q) => [q.text, q.kind, q.value, q.unit ?? '']);

describe('measurements', () => {
  it('reads bandwidth and power in Chinese, glued', () => {
    expect(read('该芯片功耗700瓦,带宽4.8TB/s。')).toEqual([
      ['700瓦', 'number', 700, 'W'],
      ['4.8TB/s', 'number', 4.8, 'TB/s'],
    ]);
  });

  it('reads them in English, spaced, and a four-digit throughput is not a year', () => {
    expect(read('It draws 700 W at 3.35 TB/s and peaks at 1979 TFLOPS.')).toEqual([
      ['700', 'number', 700, 'W'],
      ['3.35', 'number', 3.35, 'TB/s'],
      ['1979', 'number', 1979, 'TFLOPS'],
    ]);
  });

  it('leaves scale letters, product names and years alone', () => {
    expect(read('Nvidia was worth $4.8T in 2025.')).toEqual([['$4.8T', 'money', 4.8e12, '']]);
    expect(read('The GB200 peaks at 20 PFLOPS.')).toEqual([['20', 'number', 20, 'PFLOPS']]);
    expect(read('It has 80GB of memory.')).toEqual([]);
    expect(read('In 1979 the plant opened.')).toEqual([]);
  });
});

describe('a price glued to the unit word before it (Chinese text, no space between scripts)', () => {
  it('is read, with its denominator', () => {
    const [count, price] = recognizeUnchecked('R1的输出价格为每百万tokens1.10美元。');
    expect(count).toMatchObject({ text: '百万tokens', unit: 'token' });
    expect(price).toMatchObject({ text: '1.10美元', kind: 'money', value: 1.1, currency: 'USD', per: { amount: 1e6, unit: 'token' } });
  });

  it('is not read after a model name or a capitalised code', () => {
    expect(recognizeUnchecked('llama3美元和GPT4美元都不是价格。')).toEqual([]);
  });
});
