/**
 * A lone digit after 亿/万 is the colloquial tail (一万三 = 13000, 一亿三 = 1.3亿) unless a classifier or
 * 倍 follows it: then it counts something of its own (380亿三项 is 380亿 and "three items").
 */
import { describe, expect, it } from 'vitest';
import { recognizeUnchecked } from '../../../server/src/core/recognize/index';

const texts = (text: string) => recognizeUnchecked(text).map((q) => q.text);

describe('a digit with a classifier after a big unit is its own count', () => {
  it('亿 then 三项 ends the numeral at 亿', () => {
    expect(texts('甲公司500亿、乙公司120亿两项合计620亿元。')).toEqual(['500亿', '120亿', '两项', '620亿元']);
  });
  it('万 then 五个, 亿 then 五年', () => {
    expect(texts('服务器增加到2万五个机房里。')).toContain('2万');
    expect(recognizeUnchecked('用户从1亿五年内增长到3亿。').find((q) => q.text.startsWith('1亿'))?.value).toBe(1e8);
  });
  it('the colloquial tail still reads: 一万三, 一亿三千万', () => {
    expect(recognizeUnchecked('月薪一万三。').find((q) => q.text.startsWith('一万三'))?.value).toBe(13000);
    expect(recognizeUnchecked('营收一亿三千万元。').find((q) => q.text.startsWith('一亿三千万'))?.value).toBe(1.3e8);
  });
});
