/**
 * In an enumeration of labelled figures each figure takes the label written before it, never another
 * item's (bind/enumerationLabel.ts): a label in a later item belongs to the figure right after it, and one
 * before an earlier item's figure to that figure, when this item writes a label of its own. Bundled
 * facts: DeepSeek-V3's standard prices from 2025-02-08, $0.07 cache hit, $0.27 input, $1.10 output.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2025-03-10';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('each item of a price list keeps its own label', () => {
  it('Chinese: 缓存命中…、未命中…、输出…', () => {
    const zh = 'DeepSeek-V3自2025年2月8日起的标准价是：缓存命中0.07美元、未命中0.27美元、输出1.10美元。';
    expect([metricOf(zh, '0.07美元'), metricOf(zh, '0.27美元'), metricOf(zh, '1.10美元')]).toEqual(['api-price.cached-input', 'api-price.input', 'api-price.output']);
    expect(draftFindings(zh, DATE)).toEqual([]);
  });

  it('Chinese: a label the vocabulary does not know takes no other item\'s', () => {
    const zh = 'DeepSeek-V3自2025年2月8日起的标准价是：命中缓存0.07美元、不命中0.27美元、输出1.10美元。';
    expect(metricOf(zh, '0.07美元')).not.toBe('api-price.output');
    expect(metricOf(zh, '0.27美元')).not.toBe('api-price.output');
    expect(draftFindings(zh, DATE)).toEqual([]);
  });

  it('English: "cached input $0.07, input $0.27, output $1.10" and "cache miss … and output …"', () => {
    const en = 'DeepSeek-V3 standard prices from February 8, 2025: cached input $0.07, input $0.27, output $1.10.';
    expect([metricOf(en, '$0.07'), metricOf(en, '$0.27'), metricOf(en, '$1.10')]).toEqual(['api-price.cached-input', 'api-price.input', 'api-price.output']);
    expect(draftFindings(en, DATE)).toEqual([]);
    const miss = 'DeepSeek-V3 standard prices from February 8, 2025: cache hit $0.07, cache miss $0.27 and output $1.10.';
    expect(metricOf(miss, '$0.27')).toBe('api-price.input');
    expect(draftFindings(miss, DATE)).toEqual([]);
  });

  it('a per-share price and a total in one list: the total is no share price', () => {
    const zh = '据报道，某基金以每股20美元、总计9亿美元买下这家公司约8%的股份。';
    expect(metricOf(zh, '9亿美元')).not.toBe('share-price');
  });

  it('near misses: items with no label of their own share the one before; a wrong label still warns', () => {
    expect(metricOf('DeepSeek-V3自2025年2月8日起的输出价格依次为1.10美元、2.19美元。', '2.19美元')).toBe('api-price.output');
    const wrong = 'DeepSeek-V3自2025年2月8日起的标准价是：缓存命中0.07美元、未命中0.27美元、输出2.19美元。';
    expect(draftFindings(wrong, DATE)).toEqual(['2.19美元 fact.value-mismatch error']);
  });
});
