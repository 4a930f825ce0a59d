/**
 * "~$28-29B", "about 30-40%", "约28-29亿美元": an approximating hedge before a range joined by a dash or a
 * tilde hedges the whole range (recognize/combine.ts hedgesWholeRange); read alone, the first end lost the
 * scale written once after the second.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../server/src/core/recognize/index';

const read = (s: string) => recognize(s).map((q) => ({ text: q.text, bound: q.bound, value: q.value, hedge: q.hedge }));

describe('a hedge before a dashed range hedges the range', () => {
  it('joins the range and keeps the hedge, in English and Chinese', () => {
    expect(read('Acme was valued at ~$41-43B last spring.')).toEqual([{ text: '$41-43B', bound: 'range', value: 42e9, hedge: '~' }]);
    expect(read('Margins were about 55-60% of sales.')).toEqual([{ text: '55-60%', bound: 'range', value: 57.5, hedge: 'about' }]);
    expect(read('该公司估值约41-43亿美元。')).toEqual([{ text: '41-43亿美元', bound: 'range', value: 4.2e9, hedge: '约' }]);
  });

  it('near miss: a change "from about X to Y" stays two figures', () => {
    expect(read('Revenue rose from about $5 to $9 billion.').map((q) => q.text)).toEqual(['$5', '$9 billion']);
  });

  it('near miss: a floor before a range is not joined', () => {
    expect(read('more than $41-43B').some((q) => q.bound === 'range')).toBe(false);
  });
});
