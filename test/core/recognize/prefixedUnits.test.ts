/**
 * A unit with a prefix (千瓦时, kWh, 兆瓦, MW) is read in the unit the fact base records that measure in,
 * with the prefix as a factor, and a prefix written with a Chinese numeral character (千, 兆) ends the
 * numeral before it instead of being read as part of it.
 */
import { describe, expect, it } from 'vitest';
import { recognizeUnchecked } from '../../../server/src/core/recognize/index';

const read = (text: string) => recognizeUnchecked(text).map((q) => [q.text, q.value, q.unit ?? '']);

describe('energy', () => {
  it('reads 亿千瓦时 as kilowatt-hours, not a numeral with 千 and then watts (Chinese)', () => {
    const [q] = read('2030年将增至945亿千瓦时。');
    expect(q![0]).toBe('945亿千瓦时');
    expect(q![1]).toBeCloseTo(94.5, 9);
    expect(q![2]).toBe('TWh');
  });

  it('reads terawatt-hours as written and billions of kWh in English', () => {
    const [twh, kwh] = read('Demand reaches 945 TWh, or 945 billion kWh.');
    expect(twh).toEqual(['945', 945, 'TWh']);
    expect(kwh![1]).toBeCloseTo(945, 9);
    expect(kwh![2]).toBe('TWh');
  });

  it('keeps the factor in the style scale, so a fix is written in the writer\'s unit', () => {
    const [q] = recognizeUnchecked('即945亿千瓦时。');
    expect(q!.style.scale).toBeCloseTo(0.1, 12);
  });
});

describe('power', () => {
  it('reads 千瓦 and 兆瓦 as thousands and millions of watts, not 千 and 兆 as numerals', () => {
    expect(read('机柜功耗10万千瓦,园区100兆瓦。')).toEqual([
      ['10万千瓦', 1e8, 'W'],
      ['100兆瓦', 1e8, 'W'],
    ]);
  });

  it('reads kW and MW in English', () => {
    expect(read('A rack draws 120 kW; the site 300 MW.')).toEqual([
      ['120', 120000, 'W'],
      ['300', 3e8, 'W'],
    ]);
  });

  it('leaves 兆 and 千 that are numerals alone', () => {
    expect(read('市值达1兆美元，另有3千万用户。').map((q) => q[1])).toEqual([1e12, 3e7]);
  });
});
